// Generated from spec/openapi.yaml by `npm run generate`. DO NOT EDIT.
// spec sha256: 738b04974b2e1f26

const p0 = {} as const;
const a1 = {"in":"body","type":"string","minLength":1} as const;
const a2 = {"in":"body","type":"string"} as const;
const a3 = {"in":"body","type":"boolean"} as const;
const p4 = { name: a1, target_file_name: a2, archived: a3 } as const;
const a5 = {"in":"path","type":"integer","min":1} as const;
const p6 = { id: a5 } as const;
const p7 = { id: a5, name: a1, target_file_name: a2, archived: a3 } as const;
const p8 = { id: a5, status: a3 } as const;
const a9 = {"in":"body","type":"array","minItems":1,"items":{"type":"integer","min":1}} as const;
const a10 = {"in":"body","type":"string","enum":["read","write","manage"]} as const;
const p11 = { id: a5, user_ids: a9, permission_level: a10, share_email_body: a2, send_shared_email: a3 } as const;
const p12 = { id: a5, user_id: a5 } as const;
const p13 = { id: a5, group_ids: a9, permission_level: a10, share_email_body: a2, send_shared_email: a3 } as const;
const p14 = { id: a5, group_id: a5 } as const;
const a15 = {"in":"body","type":"string","maxLength":1000000,"maxBytes":1000000,"json":true} as const;
const p16 = { name: a2, value_str: a15 } as const;
const p17 = { id: a5, name: a2, value_str: a15 } as const;
const a18 = {"in":"query","type":"integer","min":1} as const;
const p19 = { id: a5, user_id: a18 } as const;
const a20 = {"in":"body","type":"integer","min":1} as const;
const p21 = { id: a5, user_id: a20, include_dependencies: a3, email_body: a2, send_email: a3 } as const;
const a22 = {"in":"query","type":"string","enum":["true","false","all"],"default":"false"} as const;
const a23 = {"in":"query","type":"string","pattern":"^[0-9]+(,[0-9]+)*$"} as const;
const a24 = {"in":"query","type":"integer","min":1,"max":50,"default":20} as const;
const a25 = {"in":"query","type":"integer","min":1,"default":1} as const;
const a26 = {"in":"query","type":"string","enum":["updated_at","name","created_at"],"default":"updated_at"} as const;
const a27 = {"in":"query","type":"string","enum":["asc","desc"],"default":"desc"} as const;
const p28 = { archived: a22, author: a23, limit: a24, page_num: a25, order: a26, order_dir: a27 } as const;
const p29 = { name: a1, description: a2 } as const;
const p30 = { id: a5, name: a1, description: a2 } as const;
const a31 = {"in":"query","type":"integer","min":1,"max":1000,"default":50} as const;
const a32 = {"in":"query","type":"string","enum":["name","id","updated_at","created_at"],"default":"name"} as const;
const a33 = {"in":"query","type":"string","enum":["asc","desc"],"default":"asc"} as const;
const p34 = { id: a5, limit: a31, page_num: a25, order: a32, order_dir: a33 } as const;
const a35 = {"in":"path","type":"string","minLength":1} as const;
const p36 = { id: a5, name: a35 } as const;
const p37 = { id: a5, name: a35, description: a2 } as const;
const p38 = { id: a5, name: a35, user_ids: a9, permission_level: a10, share_email_body: a2, send_shared_email: a3 } as const;
const p39 = { id: a5, name: a35, user_id: a5 } as const;
const p40 = { id: a5, name: a35, group_ids: a9, permission_level: a10, share_email_body: a2, send_shared_email: a3 } as const;
const p41 = { id: a5, name: a35, group_id: a5 } as const;
const a42 = {"in":"query","type":"string"} as const;
const a43 = {"in":"query","type":"string","enum":["read","write","manage"]} as const;
const a44 = {"in":"query","type":"boolean"} as const;
const a45 = {"in":"query","type":"array","items":{"type":"integer","min":1}} as const;
const a46 = {"in":"query","type":"string","enum":["name","created_at"],"default":"name"} as const;
const p47 = { query: a42, permission: a43, include_members: a44, organization_id: a18, user_ids: a45, limit: a31, page_num: a25, order: a46, order_dir: a33 } as const;
const a48 = {"in":"body","type":"array","items":{"type":"integer"}} as const;
const p49 = { name: a1, description: a2, slug: a2, organization_id: a20, default_otp_required_for_login: a3, role_ids: a48, default_time_zone: a2, default_jobs_label: a2, default_notebooks_label: a2, default_services_label: a2 } as const;
const p50 = { id: a5, name: a1, description: a2, slug: a2, organization_id: a20, default_otp_required_for_login: a3, role_ids: a48, default_time_zone: a2, default_jobs_label: a2, default_notebooks_label: a2, default_services_label: a2 } as const;
const a51 = {"in":"query","type":"string","minLength":1} as const;
const a52 = {"in":"query","type":"integer","min":1,"max":1000,"default":1000} as const;
const a53 = {"in":"query","type":"string","enum":["updated_at","created_at","name"],"default":"updated_at"} as const;
const p54 = { type: a51, remote_host_id: a18, default: a44, system_credentials: a44, users: a23, name: a42, limit: a52, page_num: a25, order: a53, order_dir: a27 } as const;
const a55 = {"in":"body","type":"string","enum":["Amazon Web Services S3","CASS/NCOA PAF","Certificate","Civis Platform","Custom","Database","Google","Salesforce User","Salesforce Client","TableauUser"]} as const;
const p56 = { name: a2, type: a55, description: a2, username: a2, password: a2, remote_host_id: a20, user_id: a20, state: a2, system_credential: a3, default: a3, oauth: a3 } as const;
const a57 = {"in":"body","type":"string","enum":["RemoteHostTypes::Bigquery","RemoteHostTypes::Bitbucket","RemoteHostTypes::GitSSH","RemoteHostTypes::Github","RemoteHostTypes::GoogleDoc","RemoteHostTypes::JDBC","RemoteHostTypes::Postgres","RemoteHostTypes::Redshift","RemoteHostTypes::S3Storage","RemoteHostTypes::Salesforce"]} as const;
const p58 = { url: a1, remote_host_type: a57, username: a2, password: a2 } as const;
const p59 = { id: a5, name: a2, type: a55, description: a2, username: a2, password: a2, remote_host_id: a20, user_id: a20, state: a2, system_credential: a3, default: a3, oauth: a3 } as const;
const a60 = {"in":"body","type":"integer","min":900,"max":129600,"default":900} as const;
const p61 = { id: a5, duration: a60 } as const;

/** resource -> reference method name -> route, positional arguments, argument shapes. */
export const methods = {
  match_targets: {
    list: { route: "GET /match_targets", args: [], params: p0, returns: "array" },
    post: { route: "POST /match_targets", args: ["name"], params: p4, body: true, returns: "object" },
    get: { route: "GET /match_targets/{id}", args: ["id"], params: p6, returns: "object" },
    patch: { route: "PATCH /match_targets/{id}", args: ["id"], params: p7, body: true, returns: "object" },
    put_archive: { route: "PUT /match_targets/{id}/archive", args: ["id","status"], params: p8, body: true, returns: "object" },
    list_shares: { route: "GET /match_targets/{id}/shares", args: ["id"], params: p6, returns: "array" },
    put_shares_users: { route: "PUT /match_targets/{id}/shares/users", args: ["id","user_ids","permission_level"], params: p11, body: true, returns: "object" },
    delete_shares_users: { route: "DELETE /match_targets/{id}/shares/users/{user_id}", args: ["id","user_id"], params: p12 },
    put_shares_groups: { route: "PUT /match_targets/{id}/shares/groups", args: ["id","group_ids","permission_level"], params: p13, body: true, returns: "object" },
    delete_shares_groups: { route: "DELETE /match_targets/{id}/shares/groups/{group_id}", args: ["id","group_id"], params: p14 },
  },
  json_values: {
    post: { route: "POST /json_values", args: ["value_str"], params: p16, body: true, opaque: ["value"], returns: "object" },
    get: { route: "GET /json_values/{id}", args: ["id"], params: p6, opaque: ["value"], returns: "object" },
    patch: { route: "PATCH /json_values/{id}", args: ["id"], params: p17, body: true, opaque: ["value"], returns: "object" },
    list_dependencies: { route: "GET /json_values/{id}/dependencies", args: ["id"], params: p19, returns: "array" },
    put_transfer: { route: "PUT /json_values/{id}/transfer", args: ["id","user_id","include_dependencies"], params: p21, body: true, returns: "object" },
    list_shares: { route: "GET /json_values/{id}/shares", args: ["id"], params: p6, returns: "array" },
    put_shares_users: { route: "PUT /json_values/{id}/shares/users", args: ["id","user_ids","permission_level"], params: p11, body: true, returns: "object" },
    delete_shares_users: { route: "DELETE /json_values/{id}/shares/users/{user_id}", args: ["id","user_id"], params: p12 },
    put_shares_groups: { route: "PUT /json_values/{id}/shares/groups", args: ["id","group_ids","permission_level"], params: p13, body: true, returns: "object" },
    delete_shares_groups: { route: "DELETE /json_values/{id}/shares/groups/{group_id}", args: ["id","group_id"], params: p14 },
  },
  permission_sets: {
    list: { route: "GET /permission_sets", args: [], params: p28, paginated: true, returns: "array" },
    post: { route: "POST /permission_sets", args: ["name"], params: p29, body: true, returns: "object" },
    get: { route: "GET /permission_sets/{id}", args: ["id"], params: p6, returns: "object" },
    put: { route: "PUT /permission_sets/{id}", args: ["id","name"], params: p30, body: true, returns: "object" },
    patch: { route: "PATCH /permission_sets/{id}", args: ["id"], params: p30, body: true, returns: "object" },
    put_archive: { route: "PUT /permission_sets/{id}/archive", args: ["id","status"], params: p8, body: true, returns: "object" },
    list_dependencies: { route: "GET /permission_sets/{id}/dependencies", args: ["id"], params: p19, returns: "array" },
    put_transfer: { route: "PUT /permission_sets/{id}/transfer", args: ["id","user_id","include_dependencies"], params: p21, body: true, returns: "object" },
    list_shares: { route: "GET /permission_sets/{id}/shares", args: ["id"], params: p6, returns: "array" },
    put_shares_users: { route: "PUT /permission_sets/{id}/shares/users", args: ["id","user_ids","permission_level"], params: p11, body: true, returns: "object" },
    delete_shares_users: { route: "DELETE /permission_sets/{id}/shares/users/{user_id}", args: ["id","user_id"], params: p12 },
    put_shares_groups: { route: "PUT /permission_sets/{id}/shares/groups", args: ["id","group_ids","permission_level"], params: p13, body: true, returns: "object" },
    delete_shares_groups: { route: "DELETE /permission_sets/{id}/shares/groups/{group_id}", args: ["id","group_id"], params: p14 },
    list_users_permissions: { route: "GET /permission_sets/{id}/users/{user_id}/permissions", args: ["id","user_id"], params: p12, returns: "array" },
    list_resources: { route: "GET /permission_sets/{id}/resources", args: ["id"], params: p34, paginated: true, returns: "array" },
    post_resources: { route: "POST /permission_sets/{id}/resources", args: ["id","name"], params: p30, body: true, returns: "object" },
    get_resources: { route: "GET /permission_sets/{id}/resources/{name}", args: ["id","name"], params: p36, returns: "object" },
    patch_resources: { route: "PATCH /permission_sets/{id}/resources/{name}", args: ["id","name"], params: p37, body: true, returns: "object" },
    delete_resources: { route: "DELETE /permission_sets/{id}/resources/{name}", args: ["id","name"], params: p36 },
    list_resources_shares: { route: "GET /permission_sets/{id}/resources/{name}/shares", args: ["id","name"], params: p36, returns: "array" },
    put_resources_shares_users: { route: "PUT /permission_sets/{id}/resources/{name}/shares/users", args: ["id","name","user_ids","permission_level"], params: p38, body: true, returns: "object" },
    delete_resources_shares_users: { route: "DELETE /permission_sets/{id}/resources/{name}/shares/users/{user_id}", args: ["id","name","user_id"], params: p39 },
    put_resources_shares_groups: { route: "PUT /permission_sets/{id}/resources/{name}/shares/groups", args: ["id","name","group_ids","permission_level"], params: p40, body: true, returns: "object" },
    delete_resources_shares_groups: { route: "DELETE /permission_sets/{id}/resources/{name}/shares/groups/{group_id}", args: ["id","name","group_id"], params: p41 },
  },
  groups: {
    list: { route: "GET /groups", args: [], params: p47, paginated: true, returns: "array" },
    post: { route: "POST /groups", args: ["name"], params: p49, body: true, returns: "object" },
    get: { route: "GET /groups/{id}", args: ["id"], params: p6, returns: "object" },
    put: { route: "PUT /groups/{id}", args: ["id","name"], params: p50, body: true, returns: "object" },
    patch: { route: "PATCH /groups/{id}", args: ["id"], params: p50, body: true, returns: "object" },
    delete: { route: "DELETE /groups/{id}", args: ["id"], params: p6 },
    list_child_groups: { route: "GET /groups/{id}/child_groups", args: ["id"], params: p6, returns: "object" },
    put_members: { route: "PUT /groups/{id}/members/{user_id}", args: ["id","user_id"], params: p12, returns: "object" },
    delete_members: { route: "DELETE /groups/{id}/members/{user_id}", args: ["id","user_id"], params: p12 },
    list_shares: { route: "GET /groups/{id}/shares", args: ["id"], params: p6, returns: "array" },
    put_shares_users: { route: "PUT /groups/{id}/shares/users", args: ["id","user_ids","permission_level"], params: p11, body: true, returns: "object" },
    delete_shares_users: { route: "DELETE /groups/{id}/shares/users/{user_id}", args: ["id","user_id"], params: p12 },
    put_shares_groups: { route: "PUT /groups/{id}/shares/groups", args: ["id","group_ids","permission_level"], params: p13, body: true, returns: "object" },
    delete_shares_groups: { route: "DELETE /groups/{id}/shares/groups/{group_id}", args: ["id","group_id"], params: p14 },
  },
  credentials: {
    list: { route: "GET /credentials", args: [], params: p54, paginated: true, returns: "array" },
    post: { route: "POST /credentials", args: ["type","username","password"], params: p56, body: true, returns: "object" },
    list_types: { route: "GET /credentials/types", args: [], params: p0, normalize: "types", returns: "any" },
    post_authenticate: { route: "POST /credentials/authenticate", args: ["url","remote_host_type","username","password"], params: p58, body: true, returns: "object" },
    get: { route: "GET /credentials/{id}", args: ["id"], params: p6, returns: "object" },
    put: { route: "PUT /credentials/{id}", args: ["id","type","username","password"], params: p59, body: true, returns: "object" },
    patch: { route: "PATCH /credentials/{id}", args: ["id"], params: p59, body: true, returns: "object" },
    delete: { route: "DELETE /credentials/{id}", args: ["id"], params: p6 },
    post_temporary: { route: "POST /credentials/{id}/temporary", args: ["id"], params: p61, body: true, returns: "object" },
    list_dependencies: { route: "GET /credentials/{id}/dependencies", args: ["id"], params: p19, returns: "array" },
    put_transfer: { route: "PUT /credentials/{id}/transfer", args: ["id","user_id","include_dependencies"], params: p21, body: true, returns: "object" },
    list_shares: { route: "GET /credentials/{id}/shares", args: ["id"], params: p6, returns: "array" },
    put_shares_users: { route: "PUT /credentials/{id}/shares/users", args: ["id","user_ids","permission_level"], params: p11, body: true, returns: "object" },
    delete_shares_users: { route: "DELETE /credentials/{id}/shares/users/{user_id}", args: ["id","user_id"], params: p12 },
    put_shares_groups: { route: "PUT /credentials/{id}/shares/groups", args: ["id","group_ids","permission_level"], params: p13, body: true, returns: "object" },
    delete_shares_groups: { route: "DELETE /credentials/{id}/shares/groups/{group_id}", args: ["id","group_id"], params: p14 },
  },
} as const;
