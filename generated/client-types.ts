// Generated from spec/openapi.yaml by `npm run generate`. DO NOT EDIT.
// spec sha256: ddf461dbc95499b5

// Results, keys in snake_case as the client returns them.

export interface MatchTarget {
  /** The ID of the match target. */
  id: number;
  /** The name of the match target. */
  name: string;
  /** The name of the target file. */
  target_file_name: string | null;
  /** ISO-8601 UTC with milliseconds, e.g. 2026-04-17T18:21:01.000Z. */
  created_at: string;
  /** ISO-8601 UTC with milliseconds, e.g. 2026-04-17T18:21:01.000Z. */
  updated_at: string;
  /** Whether the match target has been archived. */
  archived: boolean;
}

/** Who holds one permission level on an object. */
export interface ShareObject {
  readers: ShareEntities;
  writers: ShareEntities;
  owners: ShareEntities;
  /** For owners, all users shared; for writers and readers, the visible users shared. */
  total_user_shares: number;
  /** For owners, all groups shared; for writers and readers, the visible groups shared. */
  total_group_shares: number;
}

export interface ShareEntities {
  users: ObjectRef[];
  groups: ObjectRef[];
}

/** A user or group named in a share. */
export interface ObjectRef {
  id: number;
  name: string | null;
}

export interface JsonValue {
  /** The ID of the JSON Value. */
  id: number;
  /** The name of the JSON Value. */
  name: string | null;
  /** The deserialized JSON value; its keys are data and are never case-converted. */
  value: unknown;
}

export interface Dependency {
  /** Dependent object type. */
  object_type: string;
  /** Human readable dependent object type. */
  fco_type: string;
  /** Dependent object ID. */
  id: number;
  /** Dependent object name, or null if the caller cannot read it. */
  name: string | null;
  /**
   * The target user's own permission level on the dependent object;
   * null without a target user or when it cannot be shared.
   */
  permission_level: string | null;
  /** More about the dependency, where relevant. */
  description: string | null;
  /** Whether the caller can share this object. */
  shareable: boolean;
}

export interface TransferResult {
  /** Dependent objects for this object. */
  dependencies: TransferDependency[];
}

export interface TransferDependency {
  /** Dependent object type. */
  object_type: string;
  /** Human readable dependent object type. */
  fco_type: string;
  /** Dependent object ID. */
  id: number;
  /** Dependent object name, or null if the caller cannot read it. */
  name: string | null;
  /**
   * The target user's own permission level on the dependent object;
   * null without a target user or when it cannot be shared.
   */
  permission_level: string | null;
  /** More about the dependency, where relevant. */
  description: string | null;
  /** Whether the dependent object was shared with the target user. */
  shared: boolean;
}

export interface PermissionSet {
  /** The ID for this permission set. */
  id: number;
  /** The name of this permission set. */
  name: string;
  /** A description of this permission set. */
  description: string | null;
  author: UserSummary;
  /** ISO-8601 UTC with milliseconds, e.g. 2026-04-17T18:21:01.000Z. */
  created_at: string;
  /** ISO-8601 UTC with milliseconds, e.g. 2026-04-17T18:21:01.000Z. */
  updated_at: string;
  /** Whether the permission set has been archived. */
  archived: boolean;
}

export interface UserSummary {
  /** The ID of this user. */
  id: number;
  /** This user's name. */
  name: string | null;
  /** This user's username. */
  username: string;
  /** This user's initials. */
  initials: string | null;
  /** Whether this user is online. */
  online: boolean | null;
}

export interface UserPermission {
  /** The name of the resource. */
  resource_name: string;
  /** If true, the user has read permission on this resource. */
  read: boolean;
  /** If true, the user has write permission on this resource. */
  write: boolean;
  /** If true, the user has manage permission on this resource. */
  manage: boolean;
}

export interface PermissionSetResource {
  /** The ID for the permission set this resource belongs to. */
  permission_set_id: number;
  /** The name of this resource. */
  name: string;
  /** A description of this resource. */
  description: string | null;
  /** ISO-8601 UTC with milliseconds, e.g. 2026-04-17T18:21:01.000Z. */
  created_at: string;
  /** ISO-8601 UTC with milliseconds, e.g. 2026-04-17T18:21:01.000Z. */
  updated_at: string;
}

/** A group as listed; `members` is `[]` unless `include_members` is true. */
export interface GroupListItem {
  /** The ID of this group. */
  id: number;
  /** This group's name. */
  name: string;
  /** When this group was created. */
  created_at: string;
  /** When this group was last updated. */
  updated_at: string;
  /** The description of the group. */
  description: string | null;
  /** The slug for this group. */
  slug: string | null;
  /** The ID of the organization this group belongs to. */
  organization_id: number | null;
  /** The name of the organization this group belongs to. */
  organization_name: string | null;
  /** The number of active members in this group. */
  member_count: number | null;
  /** The total number of members in this group. */
  total_member_count: number | null;
  /** The ID of the user who last updated this group. */
  last_updated_by_id: number | null;
  /** The ID of the user who created this group. */
  created_by_id: number | null;
  /** The members of this group; empty unless `include_members` is true. */
  members: UserSummary[];
}

export interface Group {
  /** The ID of this group. */
  id: number;
  /** This group's name. */
  name: string;
  /** When this group was created. */
  created_at: string;
  /** When this group was last updated. */
  updated_at: string;
  /** The description of the group. */
  description: string | null;
  /** The slug for this group. */
  slug: string | null;
  /** The ID of the organization this group belongs to. */
  organization_id: number | null;
  /** The name of the organization this group belongs to. */
  organization_name: string | null;
  /** The number of active members in this group. */
  member_count: number | null;
  /** The total number of members in this group. */
  total_member_count: number | null;
  /** The ID of the user who last updated this group. */
  last_updated_by_id: number | null;
  /** The ID of the user who created this group. */
  created_by_id: number | null;
  /** The two factor authentication requirement for this group. */
  default_otp_required_for_login: boolean | null;
  /** The IDs of all the roles this group has. */
  role_ids: number[];
  /** The default time zone of this group. */
  default_time_zone: string | null;
  /** The default partition label for jobs of this group. */
  default_jobs_label: string | null;
  /** The default partition label for notebooks of this group. */
  default_notebooks_label: string | null;
  /** The default partition label for services of this group. */
  default_services_label: string | null;
  /** The members of this group. */
  members: GroupMember[];
}

export interface GroupMember {
  /** The ID of this user. */
  id: number;
  /** This user's name. */
  name: string | null;
  /** This user's username. */
  username: string;
  /** This user's initials. */
  initials: string | null;
  /** Whether this user is online. */
  online: boolean | null;
  /** This user's email address. */
  email: string | null;
  /** The ID of the primary group of this user. */
  primary_group_id: number | null;
  /** Whether this user account is active or deactivated. */
  active: boolean;
}

export interface ChildGroups {
  /** Child groups the caller can manage. */
  manageable: ObjectRef[];
  /** Child groups the caller can write. */
  writeable: ObjectRef[];
  /** Child groups the caller can read. */
  readable: ObjectRef[];
}

/** A credential. Its password is never returned. */
export interface Credential {
  /** The ID of the credential. */
  id: number;
  /** The name identifying the credential. */
  name: string | null;
  /** The credential's type. */
  type: string;
  /** The username for the credential. */
  username: string | null;
  /** A long description of the credential. */
  description: string | null;
  /** The username of the owner; `user.username` is preferred. */
  owner: string;
  user: UserSummary;
  /** The ID of the remote host associated with this credential. */
  remote_host_id: number | null;
  /** The name of the remote host associated with this credential. */
  remote_host_name: string | null;
  /** The U.S. state for the credential. Only for VAN credentials. */
  state: string | null;
  /** The creation time for this credential. */
  created_at: string;
  /** The last modification time for this credential. */
  updated_at: string;
  /** Whether the credential is a default. Only for Database credentials. */
  default: boolean | null;
  /** Whether the credential is an OAuth credential. */
  oauth: boolean | null;
}

export interface CredentialTypes {
  /** The acceptable credential types. */
  types: ("Amazon Web Services S3" | "Bitbucket" | "CASS/NCOA PAF" | "Certificate" | "Civis Platform" | "Custom" | "Database" | "Google" | "Github" | "Salesforce User" | "Salesforce Client" | "TableauUser" | string)[];
}

/** The outcome of `credentials_post_authenticate`. */
export interface AuthenticateResult {
  /** Whether the username and password were accepted. */
  success: boolean;
}

export interface TemporaryCredential {
  /** The identifier of the credential. */
  access_key: string;
  /** The secret part of the credential. */
  secret_access_key: string;
  /** The session token identifier. */
  session_token: string;
}

// Optional arguments, wire names.

/** Optional arguments of `match_targets.post`. */
export interface MatchTargetsPostOptions {
  /** The name of the target file. */
  target_file_name?: string;
  /** Whether the match target has been archived. */
  archived?: boolean;
}

/** Optional arguments of `match_targets.patch`. */
export interface MatchTargetsPatchOptions {
  /** The name of the match target. */
  name?: string;
  /** The name of the target file. */
  target_file_name?: string;
  /** Whether the match target has been archived. */
  archived?: boolean;
}

/** Optional arguments of `match_targets.put_shares_users`. */
export interface MatchTargetsPutSharesUsersOptions {
  /** Custom body text for e-mail sent on a share. */
  share_email_body?: string;
  /** Send email to the recipients of a share. */
  send_shared_email?: boolean;
}

/** Optional arguments of `match_targets.put_shares_groups`. */
export interface MatchTargetsPutSharesGroupsOptions {
  /** Custom body text for e-mail sent on a share. */
  share_email_body?: string;
  /** Send email to the recipients of a share. */
  send_shared_email?: boolean;
}

/** Optional arguments of `json_values.post`. */
export interface JsonValuesPostOptions {
  /** The name of the JSON Value. */
  name?: string;
}

/** Optional arguments of `json_values.patch`. */
export interface JsonValuesPatchOptions {
  /** The name of the JSON Value. */
  name?: string;
  /** The JSON value to store, serialized. At most 1,000,000 bytes. */
  value_str?: string;
}

/** Optional arguments of `json_values.list_dependencies`. */
export interface JsonValuesListDependenciesOptions {
  /** ID of target user */
  user_id?: number;
}

/** Optional arguments of `json_values.put_transfer`. */
export interface JsonValuesPutTransferOptions {
  /** Custom body text for e-mail sent on transfer. */
  email_body?: string;
  /** Send email to the target user of the transfer? */
  send_email?: boolean;
}

/** Optional arguments of `json_values.put_shares_users`. */
export interface JsonValuesPutSharesUsersOptions {
  /** Custom body text for e-mail sent on a share. */
  share_email_body?: string;
  /** Send email to the recipients of a share. */
  send_shared_email?: boolean;
}

/** Optional arguments of `json_values.put_shares_groups`. */
export interface JsonValuesPutSharesGroupsOptions {
  /** Custom body text for e-mail sent on a share. */
  share_email_body?: string;
  /** Send email to the recipients of a share. */
  send_shared_email?: boolean;
}

/** Optional arguments of `permission_sets.list`. */
export interface PermissionSetsListOptions {
  /** The archival status of the requested item(s). */
  archived?: "true" | "false" | "all";
  /** Items from any of these authors; a comma-separated list of user IDs. */
  author?: string;
  /** Number of results to return. Defaults to 20. Maximum allowed is 50. */
  limit?: number;
  /** Page number of the results to return. Defaults to the first page, 1. */
  page_num?: number;
  /** The field on which to order the result set. Defaults to updated_at. Must be one of: updated_at, name, created_at. */
  order?: "updated_at" | "name" | "created_at";
  /** Direction in which to sort, either asc (ascending) or desc (descending) defaulting to desc. */
  order_dir?: "asc" | "desc";
}

/** Optional arguments of `permission_sets.post`. */
export interface PermissionSetsPostOptions {
  /** A description of this permission set. */
  description?: string;
}

/** Optional arguments of `permission_sets.put`. */
export interface PermissionSetsPutOptions {
  /** A description of this permission set. */
  description?: string;
}

/** Optional arguments of `permission_sets.patch`. */
export interface PermissionSetsPatchOptions {
  /** The name of this permission set. */
  name?: string;
  /** A description of this permission set. */
  description?: string;
}

/** Optional arguments of `permission_sets.list_dependencies`. */
export interface PermissionSetsListDependenciesOptions {
  /** ID of target user */
  user_id?: number;
}

/** Optional arguments of `permission_sets.put_transfer`. */
export interface PermissionSetsPutTransferOptions {
  /** Custom body text for e-mail sent on transfer. */
  email_body?: string;
  /** Send email to the target user of the transfer? */
  send_email?: boolean;
}

/** Optional arguments of `permission_sets.put_shares_users`. */
export interface PermissionSetsPutSharesUsersOptions {
  /** Custom body text for e-mail sent on a share. */
  share_email_body?: string;
  /** Send email to the recipients of a share. */
  send_shared_email?: boolean;
}

/** Optional arguments of `permission_sets.put_shares_groups`. */
export interface PermissionSetsPutSharesGroupsOptions {
  /** Custom body text for e-mail sent on a share. */
  share_email_body?: string;
  /** Send email to the recipients of a share. */
  send_shared_email?: boolean;
}

/** Optional arguments of `permission_sets.list_resources`. */
export interface PermissionSetsListResourcesOptions {
  /** Number of results to return. Defaults to 50. Maximum allowed is 1000. */
  limit?: number;
  /** Page number of the results to return. Defaults to the first page, 1. */
  page_num?: number;
  /** The field on which to order the result set. Defaults to name. Must be one of: name, id, updated_at, created_at. */
  order?: "name" | "id" | "updated_at" | "created_at";
  /** Direction in which to sort, either asc (ascending) or desc (descending) defaulting to asc. */
  order_dir?: "asc" | "desc";
}

/** Optional arguments of `permission_sets.post_resources`. */
export interface PermissionSetsPostResourcesOptions {
  /** A description of this resource. */
  description?: string;
}

/** Optional arguments of `permission_sets.patch_resources`. */
export interface PermissionSetsPatchResourcesOptions {
  /** A description of this resource. */
  description?: string;
}

/** Optional arguments of `permission_sets.put_resources_shares_users`. */
export interface PermissionSetsPutResourcesSharesUsersOptions {
  /** Custom body text for e-mail sent on a share. */
  share_email_body?: string;
  /** Send email to the recipients of a share. */
  send_shared_email?: boolean;
}

/** Optional arguments of `permission_sets.put_resources_shares_groups`. */
export interface PermissionSetsPutResourcesSharesGroupsOptions {
  /** Custom body text for e-mail sent on a share. */
  share_email_body?: string;
  /** Send email to the recipients of a share. */
  send_shared_email?: boolean;
}

/** Optional arguments of `groups.list`. */
export interface GroupsListOptions {
  /** If specified, it will filter the groups returned. */
  query?: string;
  /** A permissions string, one of "read", "write", or "manage". Lists only groups for which the current user has that permission. */
  permission?: "read" | "write" | "manage";
  /** Show members of the group. */
  include_members?: boolean;
  /** The organization by which to filter groups. */
  organization_id?: number;
  /**
   * User IDs to filter groups by; groups are returned if any of the
   * users is a member. Sent as `user_ids[]=1&user_ids[]=2`.
   */
  user_ids?: number[];
  /** Number of results to return. Defaults to 50. Maximum allowed is 1000. */
  limit?: number;
  /** Page number of the results to return. Defaults to the first page, 1. */
  page_num?: number;
  /** The field on which to order the result set. Defaults to name. Must be one of: name, created_at. */
  order?: "name" | "created_at";
  /** Direction in which to sort, either asc (ascending) or desc (descending) defaulting to asc. */
  order_dir?: "asc" | "desc";
}

/** Optional arguments of `groups.post`. */
export interface GroupsPostOptions {
  /** The description of the group. */
  description?: string;
  /** The slug for this group. */
  slug?: string;
  /** The ID of the organization this group belongs to. */
  organization_id?: number;
  /** The two factor authentication requirement for this group. */
  default_otp_required_for_login?: boolean;
  /** The IDs of all the roles this group has. */
  role_ids?: number[];
  /** The default time zone of this group. */
  default_time_zone?: string;
  /** The default partition label for jobs of this group. */
  default_jobs_label?: string;
  /** The default partition label for notebooks of this group. */
  default_notebooks_label?: string;
  /** The default partition label for services of this group. */
  default_services_label?: string;
}

/** Optional arguments of `groups.put`. */
export interface GroupsPutOptions {
  /** The description of the group. */
  description?: string;
  /** The slug for this group. */
  slug?: string;
  /** The ID of the organization this group belongs to. */
  organization_id?: number;
  /** The two factor authentication requirement for this group. */
  default_otp_required_for_login?: boolean;
  /** The IDs of all the roles this group has. */
  role_ids?: number[];
  /** The default time zone of this group. */
  default_time_zone?: string;
  /** The default partition label for jobs of this group. */
  default_jobs_label?: string;
  /** The default partition label for notebooks of this group. */
  default_notebooks_label?: string;
  /** The default partition label for services of this group. */
  default_services_label?: string;
}

/** Optional arguments of `groups.patch`. */
export interface GroupsPatchOptions {
  /** This group's name. */
  name?: string;
  /** The description of the group. */
  description?: string;
  /** The slug for this group. */
  slug?: string;
  /** The ID of the organization this group belongs to. */
  organization_id?: number;
  /** The two factor authentication requirement for this group. */
  default_otp_required_for_login?: boolean;
  /** The IDs of all the roles this group has. */
  role_ids?: number[];
  /** The default time zone of this group. */
  default_time_zone?: string;
  /** The default partition label for jobs of this group. */
  default_jobs_label?: string;
  /** The default partition label for notebooks of this group. */
  default_notebooks_label?: string;
  /** The default partition label for services of this group. */
  default_services_label?: string;
}

/** Optional arguments of `groups.put_shares_users`. */
export interface GroupsPutSharesUsersOptions {
  /** Custom body text for e-mail sent on a share. */
  share_email_body?: string;
  /** Send email to the recipients of a share. */
  send_shared_email?: boolean;
}

/** Optional arguments of `groups.put_shares_groups`. */
export interface GroupsPutSharesGroupsOptions {
  /** Custom body text for e-mail sent on a share. */
  share_email_body?: string;
  /** Send email to the recipients of a share. */
  send_shared_email?: boolean;
}

/** Optional arguments of `credentials.list`. */
export interface CredentialsListOptions {
  /**
   * The type (or types) of credentials to return, as a comma-separated
   * list (e.g. "Database,Custom").
   */
  type?: string;
  /** The ID of the remote host associated with the credentials to return. */
  remote_host_id?: number;
  /** If true, return only the current user's default credential. */
  default?: boolean;
  /** If true, only return system credentials (Civis Admins only). */
  system_credentials?: boolean;
  /** A comma-separated list of user IDs; credentials owned by those users. */
  users?: string;
  /** Return credentials whose name contains this string. */
  name?: string;
  /** Number of results to return. Defaults to its maximum of 1000. */
  limit?: number;
  /** Page number of the results to return. Defaults to the first page, 1. */
  page_num?: number;
  /** The field on which to order the result set. Defaults to updated_at. Must be one of: updated_at, created_at, name. */
  order?: "updated_at" | "created_at" | "name";
  /** Direction in which to sort, either asc (ascending) or desc (descending) defaulting to desc. */
  order_dir?: "asc" | "desc";
}

/** Optional arguments of `credentials.post`. */
export interface CredentialsPostOptions {
  /** The name identifying the credential. */
  name?: string;
  /** A long description of the credential. */
  description?: string;
  /** The ID of the remote host associated with the credential. */
  remote_host_id?: number;
  /** The user the credential is created for (Civis Admins only). */
  user_id?: number;
  /** The U.S. state for the credential. Only for VAN credentials. */
  state?: string;
  /** Make a system credential, owned by the Civis Robot user (Civis Admins only). */
  system_credential?: boolean;
  /** Whether the credential is a default. Only for Database credentials. */
  default?: boolean;
  /** Whether the credential is an OAuth credential. */
  oauth?: boolean;
}

/** Optional arguments of `credentials.put`. */
export interface CredentialsPutOptions {
  /** The name identifying the credential. */
  name?: string;
  /** A long description of the credential. */
  description?: string;
  /** The ID of the remote host associated with the credential. */
  remote_host_id?: number;
  /** The user the credential is created for (Civis Admins only). */
  user_id?: number;
  /** The U.S. state for the credential. Only for VAN credentials. */
  state?: string;
  /** Make a system credential, owned by the Civis Robot user (Civis Admins only). */
  system_credential?: boolean;
  /** Whether the credential is a default. Only for Database credentials. */
  default?: boolean;
  /** Whether the credential is an OAuth credential. */
  oauth?: boolean;
}

/** Optional arguments of `credentials.patch`. */
export interface CredentialsPatchOptions {
  /** The name identifying the credential. */
  name?: string;
  /** A type of credential that can be created or edited through the API. */
  type?: "Amazon Web Services S3" | "CASS/NCOA PAF" | "Certificate" | "Civis Platform" | "Custom" | "Database" | "Google" | "Salesforce User" | "Salesforce Client" | "TableauUser";
  /** A long description of the credential. */
  description?: string;
  /** The username for the credential. */
  username?: string;
  /** The password for the credential. Stored, never returned. */
  password?: string;
  /** The ID of the remote host associated with the credential. */
  remote_host_id?: number;
  /** The user the credential is created for (Civis Admins only). */
  user_id?: number;
  /** The U.S. state for the credential. Only for VAN credentials. */
  state?: string;
  /** Make a system credential, owned by the Civis Robot user (Civis Admins only). */
  system_credential?: boolean;
  /** Whether the credential is a default. Only for Database credentials. */
  default?: boolean;
  /** Whether the credential is an OAuth credential. */
  oauth?: boolean;
}

/** Optional arguments of `credentials.post_temporary`. */
export interface CredentialsPostTemporaryOptions {
  /**
   * Seconds the temporary credential is valid: at least 15
   * minutes, at most 36 hours. Defaults to 15 minutes.
   */
  duration?: number;
}

/** Optional arguments of `credentials.list_dependencies`. */
export interface CredentialsListDependenciesOptions {
  /** ID of target user */
  user_id?: number;
}

/** Optional arguments of `credentials.put_transfer`. */
export interface CredentialsPutTransferOptions {
  /** Custom body text for e-mail sent on transfer. */
  email_body?: string;
  /** Send email to the target user of the transfer? */
  send_email?: boolean;
}

/** Optional arguments of `credentials.put_shares_users`. */
export interface CredentialsPutSharesUsersOptions {
  /** Custom body text for e-mail sent on a share. */
  share_email_body?: string;
  /** Send email to the recipients of a share. */
  send_shared_email?: boolean;
}

/** Optional arguments of `credentials.put_shares_groups`. */
export interface CredentialsPutSharesGroupsOptions {
  /** Custom body text for e-mail sent on a share. */
  share_email_body?: string;
  /** Send email to the recipients of a share. */
  send_shared_email?: boolean;
}

// The resources; `C` is the per-call options type, `L` the options only lists take.

/** Match targets. */
export interface MatchTargets<C> {
  /**
   * List match targets
   *
   * Not paginated; returns every match target the caller can read.
   *
   * `GET /match_targets`
   *
   * @param options Per-call options.
   */
  list(options?: C): Promise<MatchTarget[]>;
  /**
   * Create a new match target
   *
   * `POST /match_targets`
   *
   * @param name The name of the match target.
   * @param options Optional arguments and per-call options.
   */
  post(name: string, options?: MatchTargetsPostOptions & C): Promise<MatchTarget>;
  /**
   * Show Match Target info
   *
   * `GET /match_targets/{id}`
   *
   * @param id The ID of the object.
   * @param options Per-call options.
   */
  get(id: number, options?: C): Promise<MatchTarget>;
  /**
   * Update a match target
   *
   * `PATCH /match_targets/{id}`
   *
   * @param id The ID of the object.
   * @param options Optional arguments and per-call options.
   */
  patch(id: number, options?: MatchTargetsPatchOptions & C): Promise<MatchTarget>;
  /**
   * Update the archive status of this object
   *
   * `PUT /match_targets/{id}/archive`
   *
   * @param id The ID of the object.
   * @param status The desired archived status of the object.
   * @param options Per-call options.
   */
  put_archive(id: number, status: boolean, options?: C): Promise<MatchTarget>;
  /**
   * List users and groups permissioned on this object
   *
   * `GET /match_targets/{id}/shares`
   *
   * @param id The ID of the resource that is shared.
   * @param options Per-call options.
   */
  list_shares(id: number, options?: C): Promise<ShareObject[]>;
  /**
   * Set the permissions users have on this object
   *
   * `PUT /match_targets/{id}/shares/users`
   *
   * @param id The ID of the resource that is shared.
   * @param user_ids An array of one or more user IDs.
   * @param permission_level Options are "read", "write", or "manage".
   * @param options Optional arguments and per-call options.
   */
  put_shares_users(id: number, user_ids: number[], permission_level: "read" | "write" | "manage", options?: MatchTargetsPutSharesUsersOptions & C): Promise<ShareObject>;
  /**
   * Revoke the permissions a user has on this object
   *
   * `DELETE /match_targets/{id}/shares/users/{user_id}`
   *
   * @param id The ID of the resource that is shared.
   * @param user_id The ID of the user.
   * @param options Per-call options.
   */
  delete_shares_users(id: number, user_id: number, options?: C): Promise<void>;
  /**
   * Set the permissions groups has on this object
   *
   * `PUT /match_targets/{id}/shares/groups`
   *
   * @param id The ID of the resource that is shared.
   * @param group_ids An array of one or more group IDs.
   * @param permission_level Options are "read", "write", or "manage".
   * @param options Optional arguments and per-call options.
   */
  put_shares_groups(id: number, group_ids: number[], permission_level: "read" | "write" | "manage", options?: MatchTargetsPutSharesGroupsOptions & C): Promise<ShareObject>;
  /**
   * Revoke the permissions a group has on this object
   *
   * `DELETE /match_targets/{id}/shares/groups/{group_id}`
   *
   * @param id The ID of the resource that is shared.
   * @param group_id The ID of the group.
   * @param options Per-call options.
   */
  delete_shares_groups(id: number, group_id: number, options?: C): Promise<void>;
}

/** Stored JSON documents. */
export interface JsonValues<C> {
  /**
   * Create a JSON Value
   *
   * `POST /json_values`
   *
   * @param value_str The JSON value to store, serialized. At most 1,000,000 bytes.
   * @param options Optional arguments and per-call options.
   */
  post(value_str: string, options?: JsonValuesPostOptions & C): Promise<JsonValue>;
  /**
   * Get details about a JSON Value
   *
   * `GET /json_values/{id}`
   *
   * @param id The ID of the JSON Value.
   * @param options Per-call options.
   */
  get(id: number, options?: C): Promise<JsonValue>;
  /**
   * Update some attributes of this JSON Value
   *
   * `PATCH /json_values/{id}`
   *
   * @param id The ID of the JSON Value.
   * @param options Optional arguments and per-call options.
   */
  patch(id: number, options?: JsonValuesPatchOptions & C): Promise<JsonValue>;
  /**
   * List dependent objects for this object
   *
   * `GET /json_values/{id}/dependencies`
   *
   * @param id The ID of the resource that is shared.
   * @param options Optional arguments and per-call options.
   */
  list_dependencies(id: number, options?: JsonValuesListDependenciesOptions & C): Promise<Dependency[]>;
  /**
   * Transfer ownership of this object to another user
   *
   * `PUT /json_values/{id}/transfer`
   *
   * @param id The ID of the resource that is shared.
   * @param user_id ID of target user
   * @param include_dependencies Whether or not to give manage permissions on all dependencies
   * @param options Optional arguments and per-call options.
   */
  put_transfer(id: number, user_id: number, include_dependencies: boolean, options?: JsonValuesPutTransferOptions & C): Promise<TransferResult>;
  /**
   * List users and groups permissioned on this object
   *
   * `GET /json_values/{id}/shares`
   *
   * @param id The ID of the resource that is shared.
   * @param options Per-call options.
   */
  list_shares(id: number, options?: C): Promise<ShareObject[]>;
  /**
   * Set the permissions users have on this object
   *
   * `PUT /json_values/{id}/shares/users`
   *
   * @param id The ID of the resource that is shared.
   * @param user_ids An array of one or more user IDs.
   * @param permission_level Options are "read", "write", or "manage".
   * @param options Optional arguments and per-call options.
   */
  put_shares_users(id: number, user_ids: number[], permission_level: "read" | "write" | "manage", options?: JsonValuesPutSharesUsersOptions & C): Promise<ShareObject>;
  /**
   * Revoke the permissions a user has on this object
   *
   * `DELETE /json_values/{id}/shares/users/{user_id}`
   *
   * @param id The ID of the resource that is shared.
   * @param user_id The ID of the user.
   * @param options Per-call options.
   */
  delete_shares_users(id: number, user_id: number, options?: C): Promise<void>;
  /**
   * Set the permissions groups has on this object
   *
   * `PUT /json_values/{id}/shares/groups`
   *
   * @param id The ID of the resource that is shared.
   * @param group_ids An array of one or more group IDs.
   * @param permission_level Options are "read", "write", or "manage".
   * @param options Optional arguments and per-call options.
   */
  put_shares_groups(id: number, group_ids: number[], permission_level: "read" | "write" | "manage", options?: JsonValuesPutSharesGroupsOptions & C): Promise<ShareObject>;
  /**
   * Revoke the permissions a group has on this object
   *
   * `DELETE /json_values/{id}/shares/groups/{group_id}`
   *
   * @param id The ID of the resource that is shared.
   * @param group_id The ID of the group.
   * @param options Per-call options.
   */
  delete_shares_groups(id: number, group_id: number, options?: C): Promise<void>;
}

/** Permission sets and their resources. */
export interface PermissionSets<C, L> {
  /**
   * List Permission Sets
   *
   * `GET /permission_sets`
   *
   * @param options Optional arguments, per-call options, and `iterator: true` for every item of every page, fetched lazily.
   */
  list<I extends boolean = false>(options?: PermissionSetsListOptions & C & L & { iterator?: I }): I extends true ? AsyncIterableIterator<PermissionSet> : Promise<PermissionSet[]>;
  /**
   * Create a Permission Set
   *
   * `POST /permission_sets`
   *
   * @param name The name of this permission set.
   * @param options Optional arguments and per-call options.
   */
  post(name: string, options?: PermissionSetsPostOptions & C): Promise<PermissionSet>;
  /**
   * Get a Permission Set
   *
   * `GET /permission_sets/{id}`
   *
   * @param id The ID for this permission set.
   * @param options Per-call options.
   */
  get(id: number, options?: C): Promise<PermissionSet>;
  /**
   * Replace all attributes of this Permission Set
   *
   * `PUT /permission_sets/{id}`
   *
   * @param id The ID for this permission set.
   * @param name The name of this permission set.
   * @param options Optional arguments and per-call options.
   */
  put(id: number, name: string, options?: PermissionSetsPutOptions & C): Promise<PermissionSet>;
  /**
   * Update some attributes of this Permission Set
   *
   * `PATCH /permission_sets/{id}`
   *
   * @param id The ID for this permission set.
   * @param options Optional arguments and per-call options.
   */
  patch(id: number, options?: PermissionSetsPatchOptions & C): Promise<PermissionSet>;
  /**
   * Update the archive status of this object
   *
   * `PUT /permission_sets/{id}/archive`
   *
   * @param id The ID of the object.
   * @param status The desired archived status of the object.
   * @param options Per-call options.
   */
  put_archive(id: number, status: boolean, options?: C): Promise<PermissionSet>;
  /**
   * List dependent objects for this object
   *
   * `GET /permission_sets/{id}/dependencies`
   *
   * @param id The ID of the resource that is shared.
   * @param options Optional arguments and per-call options.
   */
  list_dependencies(id: number, options?: PermissionSetsListDependenciesOptions & C): Promise<Dependency[]>;
  /**
   * Transfer ownership of this object to another user
   *
   * `PUT /permission_sets/{id}/transfer`
   *
   * @param id The ID of the resource that is shared.
   * @param user_id ID of target user
   * @param include_dependencies Whether or not to give manage permissions on all dependencies
   * @param options Optional arguments and per-call options.
   */
  put_transfer(id: number, user_id: number, include_dependencies: boolean, options?: PermissionSetsPutTransferOptions & C): Promise<TransferResult>;
  /**
   * List users and groups permissioned on this object
   *
   * `GET /permission_sets/{id}/shares`
   *
   * @param id The ID of the resource that is shared.
   * @param options Per-call options.
   */
  list_shares(id: number, options?: C): Promise<ShareObject[]>;
  /**
   * Set the permissions users have on this object
   *
   * `PUT /permission_sets/{id}/shares/users`
   *
   * @param id The ID of the resource that is shared.
   * @param user_ids An array of one or more user IDs.
   * @param permission_level Options are "read", "write", or "manage".
   * @param options Optional arguments and per-call options.
   */
  put_shares_users(id: number, user_ids: number[], permission_level: "read" | "write" | "manage", options?: PermissionSetsPutSharesUsersOptions & C): Promise<ShareObject>;
  /**
   * Revoke the permissions a user has on this object
   *
   * `DELETE /permission_sets/{id}/shares/users/{user_id}`
   *
   * @param id The ID of the resource that is shared.
   * @param user_id The ID of the user.
   * @param options Per-call options.
   */
  delete_shares_users(id: number, user_id: number, options?: C): Promise<void>;
  /**
   * Set the permissions groups has on this object
   *
   * `PUT /permission_sets/{id}/shares/groups`
   *
   * @param id The ID of the resource that is shared.
   * @param group_ids An array of one or more group IDs.
   * @param permission_level Options are "read", "write", or "manage".
   * @param options Optional arguments and per-call options.
   */
  put_shares_groups(id: number, group_ids: number[], permission_level: "read" | "write" | "manage", options?: PermissionSetsPutSharesGroupsOptions & C): Promise<ShareObject>;
  /**
   * Revoke the permissions a group has on this object
   *
   * `DELETE /permission_sets/{id}/shares/groups/{group_id}`
   *
   * @param id The ID of the resource that is shared.
   * @param group_id The ID of the group.
   * @param options Per-call options.
   */
  delete_shares_groups(id: number, group_id: number, options?: C): Promise<void>;
  /**
   * Get all permissions for a user, in this permission set
   *
   * `GET /permission_sets/{id}/users/{user_id}/permissions`
   *
   * @param id The ID for this permission set.
   * @param user_id The ID for the user.
   * @param options Per-call options.
   */
  list_users_permissions(id: number, user_id: number, options?: C): Promise<UserPermission[]>;
  /**
   * List resources in a permission set
   *
   * `GET /permission_sets/{id}/resources`
   *
   * @param id The ID for this permission set.
   * @param options Optional arguments, per-call options, and `iterator: true` for every item of every page, fetched lazily.
   */
  list_resources<I extends boolean = false>(id: number, options?: PermissionSetsListResourcesOptions & C & L & { iterator?: I }): I extends true ? AsyncIterableIterator<PermissionSetResource> : Promise<PermissionSetResource[]>;
  /**
   * Create a resource in a permission set
   *
   * `POST /permission_sets/{id}/resources`
   *
   * @param id The ID for this permission set.
   * @param name The name of this resource.
   * @param options Optional arguments and per-call options.
   */
  post_resources(id: number, name: string, options?: PermissionSetsPostResourcesOptions & C): Promise<PermissionSetResource>;
  /**
   * Get a resource in a permission set
   *
   * `GET /permission_sets/{id}/resources/{name}`
   *
   * @param id The ID for this permission set.
   * @param name The name of this resource. It may hold `/`, spaces, `?` or `#`, so it
   * is percent-encoded in the path.
   *
   * @param options Per-call options.
   */
  get_resources(id: number, name: string, options?: C): Promise<PermissionSetResource>;
  /**
   * Update a resource in a permission set
   *
   * `PATCH /permission_sets/{id}/resources/{name}`
   *
   * @param id The ID for this permission set.
   * @param name The name of this resource. It may hold `/`, spaces, `?` or `#`, so it
   * is percent-encoded in the path.
   *
   * @param options Optional arguments and per-call options.
   */
  patch_resources(id: number, name: string, options?: PermissionSetsPatchResourcesOptions & C): Promise<PermissionSetResource>;
  /**
   * Delete a resource in a permission set
   *
   * `DELETE /permission_sets/{id}/resources/{name}`
   *
   * @param id The ID for this permission set.
   * @param name The name of this resource. It may hold `/`, spaces, `?` or `#`, so it
   * is percent-encoded in the path.
   *
   * @param options Per-call options.
   */
  delete_resources(id: number, name: string, options?: C): Promise<void>;
  /**
   * List users and groups permissioned on this object
   *
   * `GET /permission_sets/{id}/resources/{name}/shares`
   *
   * @param id The ID for this permission set.
   * @param name The name of this resource. It may hold `/`, spaces, `?` or `#`, so it
   * is percent-encoded in the path.
   *
   * @param options Per-call options.
   */
  list_resources_shares(id: number, name: string, options?: C): Promise<ShareObject[]>;
  /**
   * Set the permissions users have on this object
   *
   * `PUT /permission_sets/{id}/resources/{name}/shares/users`
   *
   * @param id The ID for this permission set.
   * @param name The name of this resource. It may hold `/`, spaces, `?` or `#`, so it
   * is percent-encoded in the path.
   *
   * @param user_ids An array of one or more user IDs.
   * @param permission_level Options are "read", "write", or "manage".
   * @param options Optional arguments and per-call options.
   */
  put_resources_shares_users(id: number, name: string, user_ids: number[], permission_level: "read" | "write" | "manage", options?: PermissionSetsPutResourcesSharesUsersOptions & C): Promise<ShareObject>;
  /**
   * Revoke the permissions a user has on this object
   *
   * `DELETE /permission_sets/{id}/resources/{name}/shares/users/{user_id}`
   *
   * @param id The ID for this permission set.
   * @param name The name of this resource. It may hold `/`, spaces, `?` or `#`, so it
   * is percent-encoded in the path.
   *
   * @param user_id The ID of the user.
   * @param options Per-call options.
   */
  delete_resources_shares_users(id: number, name: string, user_id: number, options?: C): Promise<void>;
  /**
   * Set the permissions groups has on this object
   *
   * `PUT /permission_sets/{id}/resources/{name}/shares/groups`
   *
   * @param id The ID for this permission set.
   * @param name The name of this resource. It may hold `/`, spaces, `?` or `#`, so it
   * is percent-encoded in the path.
   *
   * @param group_ids An array of one or more group IDs.
   * @param permission_level Options are "read", "write", or "manage".
   * @param options Optional arguments and per-call options.
   */
  put_resources_shares_groups(id: number, name: string, group_ids: number[], permission_level: "read" | "write" | "manage", options?: PermissionSetsPutResourcesSharesGroupsOptions & C): Promise<ShareObject>;
  /**
   * Revoke the permissions a group has on this object
   *
   * `DELETE /permission_sets/{id}/resources/{name}/shares/groups/{group_id}`
   *
   * @param id The ID for this permission set.
   * @param name The name of this resource. It may hold `/`, spaces, `?` or `#`, so it
   * is percent-encoded in the path.
   *
   * @param group_id The ID of the group.
   * @param options Per-call options.
   */
  delete_resources_shares_groups(id: number, name: string, group_id: number, options?: C): Promise<void>;
}

/** Groups of users. */
export interface Groups<C, L> {
  /**
   * List Groups
   *
   * `GET /groups`
   *
   * @param options Optional arguments, per-call options, and `iterator: true` for every item of every page, fetched lazily.
   */
  list<I extends boolean = false>(options?: GroupsListOptions & C & L & { iterator?: I }): I extends true ? AsyncIterableIterator<GroupListItem> : Promise<GroupListItem[]>;
  /**
   * Create a Group
   *
   * `POST /groups`
   *
   * @param name This group's name.
   * @param options Optional arguments and per-call options.
   */
  post(name: string, options?: GroupsPostOptions & C): Promise<Group>;
  /**
   * Get a Group
   *
   * `GET /groups/{id}`
   *
   * @param id The ID of this group.
   * @param options Per-call options.
   */
  get(id: number, options?: C): Promise<Group>;
  /**
   * Replace all attributes of this Group
   *
   * `PUT /groups/{id}`
   *
   * @param id The ID of this group.
   * @param name This group's name.
   * @param options Optional arguments and per-call options.
   */
  put(id: number, name: string, options?: GroupsPutOptions & C): Promise<Group>;
  /**
   * Update some attributes of this Group
   *
   * `PATCH /groups/{id}`
   *
   * @param id The ID of this group.
   * @param options Optional arguments and per-call options.
   */
  patch(id: number, options?: GroupsPatchOptions & C): Promise<Group>;
  /**
   * Delete a Group
   *
   * Needs manage permission on the group (its creator, a manager or an
   * admin). Its memberships and shares go with it.
   *
   *
   * `DELETE /groups/{id}`
   *
   * @param id The ID of this group.
   * @param options Per-call options.
   */
  delete(id: number, options?: C): Promise<void>;
  /**
   * Get child groups of this group
   *
   * `GET /groups/{id}/child_groups`
   *
   * @param id The ID of this group.
   * @param options Per-call options.
   */
  list_child_groups(id: number, options?: C): Promise<ChildGroups>;
  /**
   * Add a user to a group
   *
   * `PUT /groups/{id}/members/{user_id}`
   *
   * @param id The ID of the group.
   * @param user_id The ID of the user.
   * @param options Per-call options.
   */
  put_members(id: number, user_id: number, options?: C): Promise<Group>;
  /**
   * Remove a user from a group
   *
   * `DELETE /groups/{id}/members/{user_id}`
   *
   * @param id The ID of the group.
   * @param user_id The ID of the user.
   * @param options Per-call options.
   */
  delete_members(id: number, user_id: number, options?: C): Promise<void>;
  /**
   * List users and groups permissioned on this object
   *
   * `GET /groups/{id}/shares`
   *
   * @param id The ID of the resource that is shared.
   * @param options Per-call options.
   */
  list_shares(id: number, options?: C): Promise<ShareObject[]>;
  /**
   * Set the permissions users have on this object
   *
   * `PUT /groups/{id}/shares/users`
   *
   * @param id The ID of the resource that is shared.
   * @param user_ids An array of one or more user IDs.
   * @param permission_level Options are "read", "write", or "manage".
   * @param options Optional arguments and per-call options.
   */
  put_shares_users(id: number, user_ids: number[], permission_level: "read" | "write" | "manage", options?: GroupsPutSharesUsersOptions & C): Promise<ShareObject>;
  /**
   * Revoke the permissions a user has on this object
   *
   * `DELETE /groups/{id}/shares/users/{user_id}`
   *
   * @param id The ID of the resource that is shared.
   * @param user_id The ID of the user.
   * @param options Per-call options.
   */
  delete_shares_users(id: number, user_id: number, options?: C): Promise<void>;
  /**
   * Set the permissions groups has on this object
   *
   * `PUT /groups/{id}/shares/groups`
   *
   * @param id The ID of the resource that is shared.
   * @param group_ids An array of one or more group IDs.
   * @param permission_level Options are "read", "write", or "manage".
   * @param options Optional arguments and per-call options.
   */
  put_shares_groups(id: number, group_ids: number[], permission_level: "read" | "write" | "manage", options?: GroupsPutSharesGroupsOptions & C): Promise<ShareObject>;
  /**
   * Revoke the permissions a group has on this object
   *
   * `DELETE /groups/{id}/shares/groups/{group_id}`
   *
   * @param id The ID of the resource that is shared.
   * @param group_id The ID of the group.
   * @param options Per-call options.
   */
  delete_shares_groups(id: number, group_id: number, options?: C): Promise<void>;
}

/** Credentials for remote hosts and services. */
export interface Credentials<C, L> {
  /**
   * List credentials
   *
   * `GET /credentials`
   *
   * @param options Optional arguments, per-call options, and `iterator: true` for every item of every page, fetched lazily.
   */
  list<I extends boolean = false>(options?: CredentialsListOptions & C & L & { iterator?: I }): I extends true ? AsyncIterableIterator<Credential> : Promise<Credential[]>;
  /**
   * Create a credential
   *
   * `POST /credentials`
   *
   * @param type A type of credential that can be created or edited through the API.
   * @param username The username for the credential.
   * @param password The password for the credential. Stored, never returned.
   * @param options Optional arguments and per-call options.
   */
  post(type: "Amazon Web Services S3" | "CASS/NCOA PAF" | "Certificate" | "Civis Platform" | "Custom" | "Database" | "Google" | "Salesforce User" | "Salesforce Client" | "TableauUser", username: string, password: string, options?: CredentialsPostOptions & C): Promise<Credential>;
  /**
   * Get list of Credential Types
   *
   * `GET /credentials/types`
   *
   * @param options Per-call options.
   */
  list_types(options?: C): Promise<CredentialTypes>;
  /**
   * Authenticate against a remote host
   *
   * Checks a username and password against a remote host. A wrong
   * username or password is a 400 `authentication_error`, never a 401
   * (a 401 means a bad Civis API key).
   *
   *
   * `POST /credentials/authenticate`
   *
   * @param url The URL to your host.
   * @param remote_host_type The type of remote host.
   * @param username The username for the credential.
   * @param password The password for the credential.
   * @param options Per-call options.
   */
  post_authenticate(url: string, remote_host_type: "RemoteHostTypes::Bigquery" | "RemoteHostTypes::Bitbucket" | "RemoteHostTypes::GitSSH" | "RemoteHostTypes::Github" | "RemoteHostTypes::GoogleDoc" | "RemoteHostTypes::JDBC" | "RemoteHostTypes::Postgres" | "RemoteHostTypes::Redshift" | "RemoteHostTypes::S3Storage" | "RemoteHostTypes::Salesforce", username: string, password: string, options?: C): Promise<AuthenticateResult>;
  /**
   * Get a credential
   *
   * `GET /credentials/{id}`
   *
   * @param id The ID of the credential.
   * @param options Per-call options.
   */
  get(id: number, options?: C): Promise<Credential>;
  /**
   * Update an existing credential
   *
   * `PUT /credentials/{id}`
   *
   * @param id The ID of the credential.
   * @param type A type of credential that can be created or edited through the API.
   * @param username The username for the credential.
   * @param password The password for the credential. Stored, never returned.
   * @param options Optional arguments and per-call options.
   */
  put(id: number, type: "Amazon Web Services S3" | "CASS/NCOA PAF" | "Certificate" | "Civis Platform" | "Custom" | "Database" | "Google" | "Salesforce User" | "Salesforce Client" | "TableauUser", username: string, password: string, options?: CredentialsPutOptions & C): Promise<Credential>;
  /**
   * Update some attributes of a credential
   *
   * `PATCH /credentials/{id}`
   *
   * @param id The ID of the credential.
   * @param options Optional arguments and per-call options.
   */
  patch(id: number, options?: CredentialsPatchOptions & C): Promise<Credential>;
  /**
   * Delete a credential
   *
   * `DELETE /credentials/{id}`
   *
   * @param id The ID of the credential.
   * @param options Per-call options.
   */
  delete(id: number, options?: C): Promise<void>;
  /**
   * Generate a temporary credential for accessing S3
   *
   * `POST /credentials/{id}/temporary`
   *
   * @param id The ID of the credential.
   * @param options Optional arguments and per-call options.
   */
  post_temporary(id: number, options?: CredentialsPostTemporaryOptions & C): Promise<TemporaryCredential>;
  /**
   * List dependent objects for this object
   *
   * `GET /credentials/{id}/dependencies`
   *
   * @param id The ID of the resource that is shared.
   * @param options Optional arguments and per-call options.
   */
  list_dependencies(id: number, options?: CredentialsListDependenciesOptions & C): Promise<Dependency[]>;
  /**
   * Transfer ownership of this object to another user
   *
   * `PUT /credentials/{id}/transfer`
   *
   * @param id The ID of the resource that is shared.
   * @param user_id ID of target user
   * @param include_dependencies Whether or not to give manage permissions on all dependencies
   * @param options Optional arguments and per-call options.
   */
  put_transfer(id: number, user_id: number, include_dependencies: boolean, options?: CredentialsPutTransferOptions & C): Promise<TransferResult>;
  /**
   * List users and groups permissioned on this object
   *
   * `GET /credentials/{id}/shares`
   *
   * @param id The ID of the resource that is shared.
   * @param options Per-call options.
   */
  list_shares(id: number, options?: C): Promise<ShareObject[]>;
  /**
   * Set the permissions users have on this object
   *
   * `PUT /credentials/{id}/shares/users`
   *
   * @param id The ID of the resource that is shared.
   * @param user_ids An array of one or more user IDs.
   * @param permission_level Options are "read", "write", or "manage".
   * @param options Optional arguments and per-call options.
   */
  put_shares_users(id: number, user_ids: number[], permission_level: "read" | "write" | "manage", options?: CredentialsPutSharesUsersOptions & C): Promise<ShareObject>;
  /**
   * Revoke the permissions a user has on this object
   *
   * `DELETE /credentials/{id}/shares/users/{user_id}`
   *
   * @param id The ID of the resource that is shared.
   * @param user_id The ID of the user.
   * @param options Per-call options.
   */
  delete_shares_users(id: number, user_id: number, options?: C): Promise<void>;
  /**
   * Set the permissions groups has on this object
   *
   * `PUT /credentials/{id}/shares/groups`
   *
   * @param id The ID of the resource that is shared.
   * @param group_ids An array of one or more group IDs.
   * @param permission_level Options are "read", "write", or "manage".
   * @param options Optional arguments and per-call options.
   */
  put_shares_groups(id: number, group_ids: number[], permission_level: "read" | "write" | "manage", options?: CredentialsPutSharesGroupsOptions & C): Promise<ShareObject>;
  /**
   * Revoke the permissions a group has on this object
   *
   * `DELETE /credentials/{id}/shares/groups/{group_id}`
   *
   * @param id The ID of the resource that is shared.
   * @param group_id The ID of the group.
   * @param options Per-call options.
   */
  delete_shares_groups(id: number, group_id: number, options?: C): Promise<void>;
}

/** Every resource of the client, by name. */
export interface Resources<C, L> {
  match_targets: MatchTargets<C>;
  json_values: JsonValues<C>;
  permission_sets: PermissionSets<C, L>;
  groups: Groups<C, L>;
  credentials: Credentials<C, L>;
}

/** The result of each method (what its promise resolves to; one page for lists). */
export interface Results {
  match_targets: {
    list: MatchTarget[];
    post: MatchTarget;
    get: MatchTarget;
    patch: MatchTarget;
    put_archive: MatchTarget;
    list_shares: ShareObject[];
    put_shares_users: ShareObject;
    delete_shares_users: void;
    put_shares_groups: ShareObject;
    delete_shares_groups: void;
  };
  json_values: {
    post: JsonValue;
    get: JsonValue;
    patch: JsonValue;
    list_dependencies: Dependency[];
    put_transfer: TransferResult;
    list_shares: ShareObject[];
    put_shares_users: ShareObject;
    delete_shares_users: void;
    put_shares_groups: ShareObject;
    delete_shares_groups: void;
  };
  permission_sets: {
    list: PermissionSet[];
    post: PermissionSet;
    get: PermissionSet;
    put: PermissionSet;
    patch: PermissionSet;
    put_archive: PermissionSet;
    list_dependencies: Dependency[];
    put_transfer: TransferResult;
    list_shares: ShareObject[];
    put_shares_users: ShareObject;
    delete_shares_users: void;
    put_shares_groups: ShareObject;
    delete_shares_groups: void;
    list_users_permissions: UserPermission[];
    list_resources: PermissionSetResource[];
    post_resources: PermissionSetResource;
    get_resources: PermissionSetResource;
    patch_resources: PermissionSetResource;
    delete_resources: void;
    list_resources_shares: ShareObject[];
    put_resources_shares_users: ShareObject;
    delete_resources_shares_users: void;
    put_resources_shares_groups: ShareObject;
    delete_resources_shares_groups: void;
  };
  groups: {
    list: GroupListItem[];
    post: Group;
    get: Group;
    put: Group;
    patch: Group;
    delete: void;
    list_child_groups: ChildGroups;
    put_members: Group;
    delete_members: void;
    list_shares: ShareObject[];
    put_shares_users: ShareObject;
    delete_shares_users: void;
    put_shares_groups: ShareObject;
    delete_shares_groups: void;
  };
  credentials: {
    list: Credential[];
    post: Credential;
    list_types: CredentialTypes;
    post_authenticate: AuthenticateResult;
    get: Credential;
    put: Credential;
    patch: Credential;
    delete: void;
    post_temporary: TemporaryCredential;
    list_dependencies: Dependency[];
    put_transfer: TransferResult;
    list_shares: ShareObject[];
    put_shares_users: ShareObject;
    delete_shares_users: void;
    put_shares_groups: ShareObject;
    delete_shares_groups: void;
  };
}
