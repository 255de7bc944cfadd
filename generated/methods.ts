// Generated from spec/openapi.yaml by `npm run generate`. DO NOT EDIT.
// spec sha256: ddf461dbc95499b5

const params0 = {} as const;
const arg0 = {"in":"body","type":"string","minLength":1} as const;
const arg1 = {"in":"body","type":"string"} as const;
const arg2 = {"in":"body","type":"boolean"} as const;
const params1 = { name: arg0, target_file_name: arg1, archived: arg2 } as const;
const arg3 = {"in":"path","type":"integer","min":1} as const;
const params2 = { id: arg3 } as const;
const params3 = { id: arg3, name: arg0, target_file_name: arg1, archived: arg2 } as const;
const params4 = { id: arg3, status: arg2 } as const;
const arg4 = {"in":"body","type":"array","minItems":1,"items":{"type":"integer","min":1}} as const;
const arg5 = {"in":"body","type":"string","enum":["read","write","manage"]} as const;
const params5 = { id: arg3, user_ids: arg4, permission_level: arg5, share_email_body: arg1, send_shared_email: arg2 } as const;
const params6 = { id: arg3, user_id: arg3 } as const;
const params7 = { id: arg3, group_ids: arg4, permission_level: arg5, share_email_body: arg1, send_shared_email: arg2 } as const;
const params8 = { id: arg3, group_id: arg3 } as const;
const arg6 = {"in":"body","type":"string","maxLength":1000000,"maxBytes":1000000,"json":true} as const;
const params9 = { name: arg1, value_str: arg6 } as const;
const params10 = { id: arg3, name: arg1, value_str: arg6 } as const;
const arg7 = {"in":"query","type":"integer","min":1} as const;
const params11 = { id: arg3, user_id: arg7 } as const;
const arg8 = {"in":"body","type":"integer","min":1} as const;
const params12 = { id: arg3, user_id: arg8, include_dependencies: arg2, email_body: arg1, send_email: arg2 } as const;
const arg9 = {"in":"query","type":"string","enum":["true","false","all"],"default":"false"} as const;
const arg10 = {"in":"query","type":"string","pattern":"^[0-9]+(,[0-9]+)*$"} as const;
const arg11 = {"in":"query","type":"integer","min":1,"max":50,"default":20} as const;
const arg12 = {"in":"query","type":"integer","min":1,"default":1} as const;
const arg13 = {"in":"query","type":"string","enum":["updated_at","name","created_at"],"default":"updated_at"} as const;
const arg14 = {"in":"query","type":"string","enum":["asc","desc"],"default":"desc"} as const;
const params13 = { archived: arg9, author: arg10, limit: arg11, page_num: arg12, order: arg13, order_dir: arg14 } as const;
const params14 = { name: arg0, description: arg1 } as const;
const params15 = { id: arg3, name: arg0, description: arg1 } as const;
const arg15 = {"in":"query","type":"integer","min":1,"max":1000,"default":50} as const;
const arg16 = {"in":"query","type":"string","enum":["name","id","updated_at","created_at"],"default":"name"} as const;
const arg17 = {"in":"query","type":"string","enum":["asc","desc"],"default":"asc"} as const;
const params16 = { id: arg3, limit: arg15, page_num: arg12, order: arg16, order_dir: arg17 } as const;
const arg18 = {"in":"path","type":"string","minLength":1} as const;
const params17 = { id: arg3, name: arg18 } as const;
const params18 = { id: arg3, name: arg18, description: arg1 } as const;
const params19 = { id: arg3, name: arg18, user_ids: arg4, permission_level: arg5, share_email_body: arg1, send_shared_email: arg2 } as const;
const params20 = { id: arg3, name: arg18, user_id: arg3 } as const;
const params21 = { id: arg3, name: arg18, group_ids: arg4, permission_level: arg5, share_email_body: arg1, send_shared_email: arg2 } as const;
const params22 = { id: arg3, name: arg18, group_id: arg3 } as const;
const arg19 = {"in":"query","type":"string"} as const;
const arg20 = {"in":"query","type":"string","enum":["read","write","manage"]} as const;
const arg21 = {"in":"query","type":"boolean"} as const;
const arg22 = {"in":"query","type":"array","items":{"type":"integer","min":1}} as const;
const arg23 = {"in":"query","type":"string","enum":["name","created_at"],"default":"name"} as const;
const params23 = { query: arg19, permission: arg20, include_members: arg21, organization_id: arg7, user_ids: arg22, limit: arg15, page_num: arg12, order: arg23, order_dir: arg17 } as const;
const arg24 = {"in":"body","type":"array","items":{"type":"integer"}} as const;
const params24 = { name: arg0, description: arg1, slug: arg1, organization_id: arg8, default_otp_required_for_login: arg2, role_ids: arg24, default_time_zone: arg1, default_jobs_label: arg1, default_notebooks_label: arg1, default_services_label: arg1 } as const;
const params25 = { id: arg3, name: arg0, description: arg1, slug: arg1, organization_id: arg8, default_otp_required_for_login: arg2, role_ids: arg24, default_time_zone: arg1, default_jobs_label: arg1, default_notebooks_label: arg1, default_services_label: arg1 } as const;
const arg25 = {"in":"query","type":"string","minLength":1} as const;
const arg26 = {"in":"query","type":"integer","min":1,"max":1000,"default":1000} as const;
const arg27 = {"in":"query","type":"string","enum":["updated_at","created_at","name"],"default":"updated_at"} as const;
const params26 = { type: arg25, remote_host_id: arg7, default: arg21, system_credentials: arg21, users: arg10, name: arg19, limit: arg26, page_num: arg12, order: arg27, order_dir: arg14 } as const;
const arg28 = {"in":"body","type":"string","enum":["Amazon Web Services S3","CASS/NCOA PAF","Certificate","Civis Platform","Custom","Database","Google","Salesforce User","Salesforce Client","TableauUser"]} as const;
const params27 = { name: arg1, type: arg28, description: arg1, username: arg1, password: arg1, remote_host_id: arg8, user_id: arg8, state: arg1, system_credential: arg2, default: arg2, oauth: arg2 } as const;
const arg29 = {"in":"body","type":"string","enum":["RemoteHostTypes::Bigquery","RemoteHostTypes::Bitbucket","RemoteHostTypes::GitSSH","RemoteHostTypes::Github","RemoteHostTypes::GoogleDoc","RemoteHostTypes::JDBC","RemoteHostTypes::Postgres","RemoteHostTypes::Redshift","RemoteHostTypes::S3Storage","RemoteHostTypes::Salesforce"]} as const;
const params28 = { url: arg0, remote_host_type: arg29, username: arg1, password: arg1 } as const;
const params29 = { id: arg3, name: arg1, type: arg28, description: arg1, username: arg1, password: arg1, remote_host_id: arg8, user_id: arg8, state: arg1, system_credential: arg2, default: arg2, oauth: arg2 } as const;
const arg30 = {"in":"body","type":"integer","min":900,"max":129600,"default":900} as const;
const params30 = { id: arg3, duration: arg30 } as const;

/** resource -> reference method name -> route, positional arguments, argument shapes. */
export const methods = {
  match_targets: {
    list: { route: "GET", args: [], params: params0, returns: "array" },
    post: { route: "POST", args: ["name"], params: params1, body: true, returns: "object" },
    get: { route: "GET /{id}", args: ["id"], params: params2, returns: "object" },
    patch: { route: "PATCH /{id}", args: ["id"], params: params3, body: true, returns: "object" },
    put_archive: { route: "PUT /{id}/archive", args: ["id","status"], params: params4, body: true, returns: "object" },
    list_shares: { route: "GET /{id}/shares", args: ["id"], params: params2, returns: "array" },
    put_shares_users: { route: "PUT /{id}/shares/users", args: ["id","user_ids","permission_level"], params: params5, body: true, returns: "object" },
    delete_shares_users: { route: "DELETE /{id}/shares/users/{user_id}", args: ["id","user_id"], params: params6 },
    put_shares_groups: { route: "PUT /{id}/shares/groups", args: ["id","group_ids","permission_level"], params: params7, body: true, returns: "object" },
    delete_shares_groups: { route: "DELETE /{id}/shares/groups/{group_id}", args: ["id","group_id"], params: params8 },
  },
  json_values: {
    post: { route: "POST", args: ["value_str"], params: params9, body: true, opaque: ["value"], returns: "object" },
    get: { route: "GET /{id}", args: ["id"], params: params2, opaque: ["value"], returns: "object" },
    patch: { route: "PATCH /{id}", args: ["id"], params: params10, body: true, opaque: ["value"], returns: "object" },
    list_dependencies: { route: "GET /{id}/dependencies", args: ["id"], params: params11, returns: "array" },
    put_transfer: { route: "PUT /{id}/transfer", args: ["id","user_id","include_dependencies"], params: params12, body: true, returns: "object" },
    list_shares: { route: "GET /{id}/shares", args: ["id"], params: params2, returns: "array" },
    put_shares_users: { route: "PUT /{id}/shares/users", args: ["id","user_ids","permission_level"], params: params5, body: true, returns: "object" },
    delete_shares_users: { route: "DELETE /{id}/shares/users/{user_id}", args: ["id","user_id"], params: params6 },
    put_shares_groups: { route: "PUT /{id}/shares/groups", args: ["id","group_ids","permission_level"], params: params7, body: true, returns: "object" },
    delete_shares_groups: { route: "DELETE /{id}/shares/groups/{group_id}", args: ["id","group_id"], params: params8 },
  },
  permission_sets: {
    list: { route: "GET", args: [], params: params13, paginated: true, returns: "array" },
    post: { route: "POST", args: ["name"], params: params14, body: true, returns: "object" },
    get: { route: "GET /{id}", args: ["id"], params: params2, returns: "object" },
    put: { route: "PUT /{id}", args: ["id","name"], params: params15, body: true, returns: "object" },
    patch: { route: "PATCH /{id}", args: ["id"], params: params15, body: true, returns: "object" },
    put_archive: { route: "PUT /{id}/archive", args: ["id","status"], params: params4, body: true, returns: "object" },
    list_dependencies: { route: "GET /{id}/dependencies", args: ["id"], params: params11, returns: "array" },
    put_transfer: { route: "PUT /{id}/transfer", args: ["id","user_id","include_dependencies"], params: params12, body: true, returns: "object" },
    list_shares: { route: "GET /{id}/shares", args: ["id"], params: params2, returns: "array" },
    put_shares_users: { route: "PUT /{id}/shares/users", args: ["id","user_ids","permission_level"], params: params5, body: true, returns: "object" },
    delete_shares_users: { route: "DELETE /{id}/shares/users/{user_id}", args: ["id","user_id"], params: params6 },
    put_shares_groups: { route: "PUT /{id}/shares/groups", args: ["id","group_ids","permission_level"], params: params7, body: true, returns: "object" },
    delete_shares_groups: { route: "DELETE /{id}/shares/groups/{group_id}", args: ["id","group_id"], params: params8 },
    list_users_permissions: { route: "GET /{id}/users/{user_id}/permissions", args: ["id","user_id"], params: params6, returns: "array" },
    list_resources: { route: "GET /{id}/resources", args: ["id"], params: params16, paginated: true, returns: "array" },
    post_resources: { route: "POST /{id}/resources", args: ["id","name"], params: params15, body: true, returns: "object" },
    get_resources: { route: "GET /{id}/resources/{name}", args: ["id","name"], params: params17, returns: "object" },
    patch_resources: { route: "PATCH /{id}/resources/{name}", args: ["id","name"], params: params18, body: true, returns: "object" },
    delete_resources: { route: "DELETE /{id}/resources/{name}", args: ["id","name"], params: params17 },
    list_resources_shares: { route: "GET /{id}/resources/{name}/shares", args: ["id","name"], params: params17, returns: "array" },
    put_resources_shares_users: { route: "PUT /{id}/resources/{name}/shares/users", args: ["id","name","user_ids","permission_level"], params: params19, body: true, returns: "object" },
    delete_resources_shares_users: { route: "DELETE /{id}/resources/{name}/shares/users/{user_id}", args: ["id","name","user_id"], params: params20 },
    put_resources_shares_groups: { route: "PUT /{id}/resources/{name}/shares/groups", args: ["id","name","group_ids","permission_level"], params: params21, body: true, returns: "object" },
    delete_resources_shares_groups: { route: "DELETE /{id}/resources/{name}/shares/groups/{group_id}", args: ["id","name","group_id"], params: params22 },
  },
  groups: {
    list: { route: "GET", args: [], params: params23, paginated: true, returns: "array" },
    post: { route: "POST", args: ["name"], params: params24, body: true, returns: "object" },
    get: { route: "GET /{id}", args: ["id"], params: params2, returns: "object" },
    put: { route: "PUT /{id}", args: ["id","name"], params: params25, body: true, returns: "object" },
    patch: { route: "PATCH /{id}", args: ["id"], params: params25, body: true, returns: "object" },
    delete: { route: "DELETE /{id}", args: ["id"], params: params2 },
    list_child_groups: { route: "GET /{id}/child_groups", args: ["id"], params: params2, returns: "object" },
    put_members: { route: "PUT /{id}/members/{user_id}", args: ["id","user_id"], params: params6, returns: "object" },
    delete_members: { route: "DELETE /{id}/members/{user_id}", args: ["id","user_id"], params: params6 },
    list_shares: { route: "GET /{id}/shares", args: ["id"], params: params2, returns: "array" },
    put_shares_users: { route: "PUT /{id}/shares/users", args: ["id","user_ids","permission_level"], params: params5, body: true, returns: "object" },
    delete_shares_users: { route: "DELETE /{id}/shares/users/{user_id}", args: ["id","user_id"], params: params6 },
    put_shares_groups: { route: "PUT /{id}/shares/groups", args: ["id","group_ids","permission_level"], params: params7, body: true, returns: "object" },
    delete_shares_groups: { route: "DELETE /{id}/shares/groups/{group_id}", args: ["id","group_id"], params: params8 },
  },
  credentials: {
    list: { route: "GET", args: [], params: params26, paginated: true, returns: "array" },
    post: { route: "POST", args: ["type","username","password"], params: params27, body: true, returns: "object" },
    list_types: { route: "GET /types", args: [], params: params0, normalize: "types", returns: "any" },
    post_authenticate: { route: "POST /authenticate", args: ["url","remote_host_type","username","password"], params: params28, body: true, returns: "object" },
    get: { route: "GET /{id}", args: ["id"], params: params2, returns: "object" },
    put: { route: "PUT /{id}", args: ["id","type","username","password"], params: params29, body: true, returns: "object" },
    patch: { route: "PATCH /{id}", args: ["id"], params: params29, body: true, returns: "object" },
    delete: { route: "DELETE /{id}", args: ["id"], params: params2 },
    post_temporary: { route: "POST /{id}/temporary", args: ["id"], params: params30, body: true, returns: "object" },
    list_dependencies: { route: "GET /{id}/dependencies", args: ["id"], params: params11, returns: "array" },
    put_transfer: { route: "PUT /{id}/transfer", args: ["id","user_id","include_dependencies"], params: params12, body: true, returns: "object" },
    list_shares: { route: "GET /{id}/shares", args: ["id"], params: params2, returns: "array" },
    put_shares_users: { route: "PUT /{id}/shares/users", args: ["id","user_ids","permission_level"], params: params5, body: true, returns: "object" },
    delete_shares_users: { route: "DELETE /{id}/shares/users/{user_id}", args: ["id","user_id"], params: params6 },
    put_shares_groups: { route: "PUT /{id}/shares/groups", args: ["id","group_ids","permission_level"], params: params7, body: true, returns: "object" },
    delete_shares_groups: { route: "DELETE /{id}/shares/groups/{group_id}", args: ["id","group_id"], params: params8 },
  },
} as const;
