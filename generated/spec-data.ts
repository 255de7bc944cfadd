// Generated from spec/openapi.yaml by `npm run generate`. DO NOT EDIT.
// spec sha256: 8e7a88db88aacce8
import type { ArgShape, CompactOperation } from "../src/spec-data-expand.js";
import { expandSpecData } from "../src/spec-data-expand.js";

const o0: CompactOperation = { returns: "array" };
const a1: ArgShape = {"type":"string","minLength":1};
const a2: ArgShape = {"type":"string"};
const a3: ArgShape = {"type":"boolean"};
const o4: CompactOperation = { body: { name: a1, target_file_name: a2, archived: a3 }, returns: "object" };
const a5: ArgShape = {"type":"integer","min":1};
const o6: CompactOperation = { path: { id: a5 }, returns: "object" };
const o7: CompactOperation = { path: { id: a5 }, body: { name: a1, target_file_name: a2, archived: a3 }, returns: "object" };
const o8: CompactOperation = { path: { id: a5 }, body: { status: a3 }, returns: "object" };
const o9: CompactOperation = { path: { id: a5 }, returns: "array" };
const a10: ArgShape = {"type":"array","minItems":1,"items":{"type":"integer","min":1}};
const a11: ArgShape = {"type":"string","enum":["read","write","manage"]};
const o12: CompactOperation = { path: { id: a5 }, body: { user_ids: a10, permission_level: a11, share_email_body: a2, send_shared_email: a3 }, returns: "object" };
const o13: CompactOperation = { path: { id: a5, user_id: a5 } };
const o14: CompactOperation = { path: { id: a5 }, body: { group_ids: a10, permission_level: a11, share_email_body: a2, send_shared_email: a3 }, returns: "object" };
const o15: CompactOperation = { path: { id: a5, group_id: a5 } };
const a16: ArgShape = {"type":"string","maxLength":1000000,"maxBytes":1000000,"json":true};
const o17: CompactOperation = { body: { name: a2, value_str: a16 }, opaque: ["value"], returns: "object" };
const o18: CompactOperation = { path: { id: a5 }, opaque: ["value"], returns: "object" };
const o19: CompactOperation = { path: { id: a5 }, body: { name: a2, value_str: a16 }, opaque: ["value"], returns: "object" };
const o20: CompactOperation = { path: { id: a5 }, query: { user_id: a5 }, returns: "array" };
const o21: CompactOperation = { path: { id: a5 }, body: { user_id: a5, include_dependencies: a3, email_body: a2, send_email: a3 }, returns: "object" };
const a22: ArgShape = {"type":"string","enum":["true","false","all"],"default":"false"};
const a23: ArgShape = {"type":"string","pattern":"^[0-9]+(,[0-9]+)*$"};
const a24: ArgShape = {"type":"integer","min":1,"max":50,"default":20};
const a25: ArgShape = {"type":"integer","min":1,"default":1};
const a26: ArgShape = {"type":"string","enum":["updated_at","name","created_at"],"default":"updated_at"};
const a27: ArgShape = {"type":"string","enum":["asc","desc"],"default":"desc"};
const o28: CompactOperation = { query: { archived: a22, author: a23, limit: a24, page_num: a25, order: a26, order_dir: a27 }, returns: "array" };
const o29: CompactOperation = { body: { name: a1, description: a2 }, returns: "object" };
const o30: CompactOperation = { path: { id: a5 }, body: { name: a1, description: a2 }, returns: "object" };
const o31: CompactOperation = { path: { id: a5, user_id: a5 }, returns: "array" };
const a32: ArgShape = {"type":"integer","min":1,"max":1000,"default":50};
const a33: ArgShape = {"type":"string","enum":["name","id","updated_at","created_at"],"default":"name"};
const a34: ArgShape = {"type":"string","enum":["asc","desc"],"default":"asc"};
const o35: CompactOperation = { path: { id: a5 }, query: { limit: a32, page_num: a25, order: a33, order_dir: a34 }, returns: "array" };
const o36: CompactOperation = { path: { id: a5, name: a1 }, returns: "object" };
const o37: CompactOperation = { path: { id: a5, name: a1 }, body: { description: a2 }, returns: "object" };
const o38: CompactOperation = { path: { id: a5, name: a1 } };
const o39: CompactOperation = { path: { id: a5, name: a1 }, returns: "array" };
const o40: CompactOperation = { path: { id: a5, name: a1 }, body: { user_ids: a10, permission_level: a11, share_email_body: a2, send_shared_email: a3 }, returns: "object" };
const o41: CompactOperation = { path: { id: a5, name: a1, user_id: a5 } };
const o42: CompactOperation = { path: { id: a5, name: a1 }, body: { group_ids: a10, permission_level: a11, share_email_body: a2, send_shared_email: a3 }, returns: "object" };
const o43: CompactOperation = { path: { id: a5, name: a1, group_id: a5 } };
const a44: ArgShape = {"type":"array","items":{"type":"integer","min":1}};
const a45: ArgShape = {"type":"string","enum":["name","created_at"],"default":"name"};
const o46: CompactOperation = { query: { query: a2, permission: a11, include_members: a3, organization_id: a5, user_ids: a44, limit: a32, page_num: a25, order: a45, order_dir: a34 }, returns: "array" };
const a47: ArgShape = {"type":"array","items":{"type":"integer"}};
const o48: CompactOperation = { body: { name: a1, description: a2, slug: a2, organization_id: a5, default_otp_required_for_login: a3, role_ids: a47, default_time_zone: a2, default_jobs_label: a2, default_notebooks_label: a2, default_services_label: a2 }, returns: "object" };
const o49: CompactOperation = { path: { id: a5 }, body: { name: a1, description: a2, slug: a2, organization_id: a5, default_otp_required_for_login: a3, role_ids: a47, default_time_zone: a2, default_jobs_label: a2, default_notebooks_label: a2, default_services_label: a2 }, returns: "object" };
const o50: CompactOperation = { path: { id: a5 } };
const o51: CompactOperation = { path: { id: a5, user_id: a5 }, returns: "object" };
const a52: ArgShape = {"type":"integer","min":1,"max":1000,"default":1000};
const a53: ArgShape = {"type":"string","enum":["updated_at","created_at","name"],"default":"updated_at"};
const o54: CompactOperation = { query: { type: a1, remote_host_id: a5, default: a3, system_credentials: a3, users: a23, name: a2, limit: a52, page_num: a25, order: a53, order_dir: a27 }, returns: "array" };
const a55: ArgShape = {"type":"string","enum":["Amazon Web Services S3","CASS/NCOA PAF","Certificate","Civis Platform","Custom","Database","Google","Salesforce User","Salesforce Client","TableauUser"]};
const o56: CompactOperation = { body: { name: a2, type: a55, description: a2, username: a2, password: a2, remote_host_id: a5, user_id: a5, state: a2, system_credential: a3, default: a3, oauth: a3 }, returns: "object" };
const o57: CompactOperation = { normalize: "types", returns: "any" };
const a58: ArgShape = {"type":"string","enum":["RemoteHostTypes::Bigquery","RemoteHostTypes::Bitbucket","RemoteHostTypes::GitSSH","RemoteHostTypes::Github","RemoteHostTypes::GoogleDoc","RemoteHostTypes::JDBC","RemoteHostTypes::Postgres","RemoteHostTypes::Redshift","RemoteHostTypes::S3Storage","RemoteHostTypes::Salesforce"]};
const o59: CompactOperation = { body: { url: a1, remote_host_type: a58, username: a2, password: a2 }, returns: "object" };
const o60: CompactOperation = { path: { id: a5 }, body: { name: a2, type: a55, description: a2, username: a2, password: a2, remote_host_id: a5, user_id: a5, state: a2, system_credential: a3, default: a3, oauth: a3 }, returns: "object" };
const a61: ArgShape = {"type":"integer","min":900,"max":129600,"default":900};
const o62: CompactOperation = { path: { id: a5 }, body: { duration: a61 }, returns: "object" };

export const specData = expandSpecData({
  match_targets_list: o0,
  match_targets_post: o4,
  match_targets_get: o6,
  match_targets_patch: o7,
  match_targets_put_archive: o8,
  match_targets_list_shares: o9,
  match_targets_put_shares_users: o12,
  match_targets_delete_shares_users: o13,
  match_targets_put_shares_groups: o14,
  match_targets_delete_shares_groups: o15,
  json_values_post: o17,
  json_values_get: o18,
  json_values_patch: o19,
  json_values_list_dependencies: o20,
  json_values_put_transfer: o21,
  json_values_list_shares: o9,
  json_values_put_shares_users: o12,
  json_values_delete_shares_users: o13,
  json_values_put_shares_groups: o14,
  json_values_delete_shares_groups: o15,
  permission_sets_list: o28,
  permission_sets_post: o29,
  permission_sets_get: o6,
  permission_sets_put: o30,
  permission_sets_patch: o30,
  permission_sets_put_archive: o8,
  permission_sets_list_dependencies: o20,
  permission_sets_put_transfer: o21,
  permission_sets_list_shares: o9,
  permission_sets_put_shares_users: o12,
  permission_sets_delete_shares_users: o13,
  permission_sets_put_shares_groups: o14,
  permission_sets_delete_shares_groups: o15,
  permission_sets_list_users_permissions: o31,
  permission_sets_list_resources: o35,
  permission_sets_post_resources: o30,
  permission_sets_get_resources: o36,
  permission_sets_patch_resources: o37,
  permission_sets_delete_resources: o38,
  permission_sets_list_resources_shares: o39,
  permission_sets_put_resources_shares_users: o40,
  permission_sets_delete_resources_shares_users: o41,
  permission_sets_put_resources_shares_groups: o42,
  permission_sets_delete_resources_shares_groups: o43,
  groups_list: o46,
  groups_post: o48,
  groups_get: o6,
  groups_put: o49,
  groups_patch: o49,
  groups_delete: o50,
  groups_list_child_groups: o6,
  groups_put_members: o51,
  groups_delete_members: o13,
  groups_list_shares: o9,
  groups_put_shares_users: o12,
  groups_delete_shares_users: o13,
  groups_put_shares_groups: o14,
  groups_delete_shares_groups: o15,
  credentials_list: o54,
  credentials_post: o56,
  credentials_list_types: o57,
  credentials_post_authenticate: o59,
  credentials_get: o6,
  credentials_put: o60,
  credentials_patch: o60,
  credentials_delete: o50,
  credentials_post_temporary: o62,
  credentials_list_dependencies: o20,
  credentials_put_transfer: o21,
  credentials_list_shares: o9,
  credentials_put_shares_users: o12,
  credentials_delete_shares_users: o13,
  credentials_put_shares_groups: o14,
  credentials_delete_shares_groups: o15,
});
