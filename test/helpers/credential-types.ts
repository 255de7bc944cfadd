// The credential types of the seed, written out once for the tests that
// check the client's enum and the emulator's list.

/** The types a caller may create a credential of, in the seed's order. */
export const creatableCredentialTypes = [
  "Amazon Web Services S3",
  "CASS/NCOA PAF",
  "Certificate",
  "Civis Platform",
  "Custom",
  "Database",
  "Google",
  "Salesforce User",
  "Salesforce Client",
  "TableauUser",
];

/** Types the API lists but only signing in to a host creates. */
export const listedOnlyCredentialTypes = ["Bitbucket", "Github"];
