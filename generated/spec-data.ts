// Generated from spec/openapi.yaml by `npm run generate`. DO NOT EDIT.
// spec sha256: 6a796f98a1e85639
import type { ArgInfo, OperationInfo, SpecData } from "../src/spec-data-types.js";

const m0: OperationInfo = { args: {  } };
const a1: ArgInfo = {"in":"body","type":"string","minLength":1,"required":true};
const a2: ArgInfo = {"in":"body","type":"string"};
const a3: ArgInfo = {"in":"body","type":"boolean"};
const m4: OperationInfo = { args: { name: a1, target_file_name: a2, archived: a3 }, "body":true };
const a5: ArgInfo = {"in":"path","type":"integer","min":1,"required":true};
const m6: OperationInfo = { args: { id: a5 } };
const a7: ArgInfo = {"in":"body","type":"string","minLength":1};
const m8: OperationInfo = { args: { id: a5, name: a7, target_file_name: a2, archived: a3 }, "body":true };
const a9: ArgInfo = {"in":"body","type":"boolean","required":true};
const m10: OperationInfo = { args: { id: a5, status: a9 }, "body":true };
const a11: ArgInfo = {"in":"body","type":"array","minItems":1,"items":{"in":"body","type":"integer","min":1},"required":true};
const a12: ArgInfo = {"in":"body","type":"string","enum":["read","write","manage"],"required":true};
const m13: OperationInfo = { args: { id: a5, user_ids: a11, permission_level: a12, share_email_body: a2, send_shared_email: a3 }, "body":true };
const m14: OperationInfo = { args: { id: a5, user_id: a5 } };
const m15: OperationInfo = { args: { id: a5, group_ids: a11, permission_level: a12, share_email_body: a2, send_shared_email: a3 }, "body":true };
const m16: OperationInfo = { args: { id: a5, group_id: a5 } };
const a17: ArgInfo = {"in":"body","type":"string","maxLength":1000000,"maxBytes":1000000,"json":true,"required":true};
const m18: OperationInfo = { args: { name: a2, value_str: a17 }, "body":true,"opaque":["value"] };
const m19: OperationInfo = { args: { id: a5 }, "opaque":["value"] };
const a20: ArgInfo = {"in":"body","type":"string","maxLength":1000000,"maxBytes":1000000,"json":true};
const m21: OperationInfo = { args: { id: a5, name: a2, value_str: a20 }, "body":true,"opaque":["value"] };
const a22: ArgInfo = {"in":"query","type":"integer","min":1};
const m23: OperationInfo = { args: { id: a5, user_id: a22 } };
const a24: ArgInfo = {"in":"body","type":"integer","min":1,"required":true};
const m25: OperationInfo = { args: { id: a5, user_id: a24, include_dependencies: a9, email_body: a2, send_email: a3 }, "body":true };
const a26: ArgInfo = {"in":"query","type":"string","enum":["true","false","all"],"default":"false"};
const a27: ArgInfo = {"in":"query","type":"string","pattern":"^[0-9]+(,[0-9]+)*$"};
const a28: ArgInfo = {"in":"query","type":"integer","min":1,"max":50,"default":20};
const a29: ArgInfo = {"in":"query","type":"integer","min":1,"default":1};
const a30: ArgInfo = {"in":"query","type":"string","enum":["updated_at","name","created_at"],"default":"updated_at"};
const a31: ArgInfo = {"in":"query","type":"string","enum":["asc","desc"],"default":"desc"};
const m32: OperationInfo = { args: { archived: a26, author: a27, limit: a28, page_num: a29, order: a30, order_dir: a31 } };
const m33: OperationInfo = { args: { name: a1, description: a2 }, "body":true };
const m34: OperationInfo = { args: { id: a5, name: a1, description: a2 }, "body":true };
const m35: OperationInfo = { args: { id: a5, name: a7, description: a2 }, "body":true };
const a36: ArgInfo = {"in":"query","type":"integer","min":1,"max":1000,"default":50};
const a37: ArgInfo = {"in":"query","type":"string","enum":["name","id","updated_at","created_at"],"default":"name"};
const a38: ArgInfo = {"in":"query","type":"string","enum":["asc","desc"],"default":"asc"};
const m39: OperationInfo = { args: { id: a5, limit: a36, page_num: a29, order: a37, order_dir: a38 } };
const a40: ArgInfo = {"in":"path","type":"string","minLength":1,"required":true};
const m41: OperationInfo = { args: { id: a5, name: a40 } };
const m42: OperationInfo = { args: { id: a5, name: a40, description: a2 }, "body":true };
const m43: OperationInfo = { args: { id: a5, name: a40, user_ids: a11, permission_level: a12, share_email_body: a2, send_shared_email: a3 }, "body":true };
const m44: OperationInfo = { args: { id: a5, name: a40, user_id: a5 } };
const m45: OperationInfo = { args: { id: a5, name: a40, group_ids: a11, permission_level: a12, share_email_body: a2, send_shared_email: a3 }, "body":true };
const m46: OperationInfo = { args: { id: a5, name: a40, group_id: a5 } };
const a47: ArgInfo = {"in":"query","type":"string"};
const a48: ArgInfo = {"in":"query","type":"string","enum":["read","write","manage"]};
const a49: ArgInfo = {"in":"query","type":"boolean"};
const a50: ArgInfo = {"in":"query","type":"array","items":{"in":"query","type":"integer","min":1}};
const a51: ArgInfo = {"in":"query","type":"string","enum":["name","created_at"],"default":"name"};
const m52: OperationInfo = { args: { query: a47, permission: a48, include_members: a49, organization_id: a22, user_ids: a50, limit: a36, page_num: a29, order: a51, order_dir: a38 } };
const a53: ArgInfo = {"in":"body","type":"integer","min":1};
const a54: ArgInfo = {"in":"body","type":"array","items":{"in":"body","type":"integer"}};
const m55: OperationInfo = { args: { name: a1, description: a2, slug: a2, organization_id: a53, default_otp_required_for_login: a3, role_ids: a54, default_time_zone: a2, default_jobs_label: a2, default_notebooks_label: a2, default_services_label: a2 }, "body":true };
const m56: OperationInfo = { args: { id: a5, name: a1, description: a2, slug: a2, organization_id: a53, default_otp_required_for_login: a3, role_ids: a54, default_time_zone: a2, default_jobs_label: a2, default_notebooks_label: a2, default_services_label: a2 }, "body":true };
const m57: OperationInfo = { args: { id: a5, name: a7, description: a2, slug: a2, organization_id: a53, default_otp_required_for_login: a3, role_ids: a54, default_time_zone: a2, default_jobs_label: a2, default_notebooks_label: a2, default_services_label: a2 }, "body":true };
const a58: ArgInfo = {"in":"query","type":"string","minLength":1};
const a59: ArgInfo = {"in":"query","type":"integer","min":1,"max":1000,"default":1000};
const a60: ArgInfo = {"in":"query","type":"string","enum":["updated_at","created_at","name"],"default":"updated_at"};
const m61: OperationInfo = { args: { type: a58, remote_host_id: a22, default: a49, system_credentials: a49, users: a27, name: a47, limit: a59, page_num: a29, order: a60, order_dir: a31 } };
const a62: ArgInfo = {"in":"body","type":"string","enum":["Amazon Web Services S3","CASS/NCOA PAF","Certificate","Civis Platform","Custom","Database","Google","Salesforce User","Salesforce Client","TableauUser"],"required":true};
const a63: ArgInfo = {"in":"body","type":"string","required":true};
const m64: OperationInfo = { args: { name: a2, type: a62, description: a2, username: a63, password: a63, remote_host_id: a53, user_id: a53, state: a2, system_credential: a3, default: a3, oauth: a3 }, "body":true };
const a65: ArgInfo = {"in":"body","type":"string","enum":["RemoteHostTypes::Bigquery","RemoteHostTypes::Bitbucket","RemoteHostTypes::GitSSH","RemoteHostTypes::Github","RemoteHostTypes::GoogleDoc","RemoteHostTypes::JDBC","RemoteHostTypes::Postgres","RemoteHostTypes::Redshift","RemoteHostTypes::S3Storage","RemoteHostTypes::Salesforce"],"required":true};
const m66: OperationInfo = { args: { url: a1, remote_host_type: a65, username: a63, password: a63 }, "body":true };
const m67: OperationInfo = { args: { id: a5, name: a2, type: a62, description: a2, username: a63, password: a63, remote_host_id: a53, user_id: a53, state: a2, system_credential: a3, default: a3, oauth: a3 }, "body":true };
const a68: ArgInfo = {"in":"body","type":"string","enum":["Amazon Web Services S3","CASS/NCOA PAF","Certificate","Civis Platform","Custom","Database","Google","Salesforce User","Salesforce Client","TableauUser"]};
const m69: OperationInfo = { args: { id: a5, name: a2, type: a68, description: a2, username: a2, password: a2, remote_host_id: a53, user_id: a53, state: a2, system_credential: a3, default: a3, oauth: a3 }, "body":true };
const a70: ArgInfo = {"in":"body","type":"integer","min":900,"max":129600,"default":900};
const m71: OperationInfo = { args: { id: a5, duration: a70 } };

export const specData: SpecData = {
 operations: {
  match_targets_list: m0,
  match_targets_post: m4,
  match_targets_get: m6,
  match_targets_patch: m8,
  match_targets_put_archive: m10,
  match_targets_list_shares: m6,
  match_targets_put_shares_users: m13,
  match_targets_delete_shares_users: m14,
  match_targets_put_shares_groups: m15,
  match_targets_delete_shares_groups: m16,
  json_values_post: m18,
  json_values_get: m19,
  json_values_patch: m21,
  json_values_list_dependencies: m23,
  json_values_put_transfer: m25,
  json_values_list_shares: m6,
  json_values_put_shares_users: m13,
  json_values_delete_shares_users: m14,
  json_values_put_shares_groups: m15,
  json_values_delete_shares_groups: m16,
  permission_sets_list: m32,
  permission_sets_post: m33,
  permission_sets_get: m6,
  permission_sets_put: m34,
  permission_sets_patch: m35,
  permission_sets_put_archive: m10,
  permission_sets_list_dependencies: m23,
  permission_sets_put_transfer: m25,
  permission_sets_list_shares: m6,
  permission_sets_put_shares_users: m13,
  permission_sets_delete_shares_users: m14,
  permission_sets_put_shares_groups: m15,
  permission_sets_delete_shares_groups: m16,
  permission_sets_list_users_permissions: m14,
  permission_sets_list_resources: m39,
  permission_sets_post_resources: m34,
  permission_sets_get_resources: m41,
  permission_sets_patch_resources: m42,
  permission_sets_delete_resources: m41,
  permission_sets_list_resources_shares: m41,
  permission_sets_put_resources_shares_users: m43,
  permission_sets_delete_resources_shares_users: m44,
  permission_sets_put_resources_shares_groups: m45,
  permission_sets_delete_resources_shares_groups: m46,
  groups_list: m52,
  groups_post: m55,
  groups_get: m6,
  groups_put: m56,
  groups_patch: m57,
  groups_list_child_groups: m6,
  groups_put_members: m14,
  groups_delete_members: m14,
  groups_list_shares: m6,
  groups_put_shares_users: m13,
  groups_delete_shares_users: m14,
  groups_put_shares_groups: m15,
  groups_delete_shares_groups: m16,
  credentials_list: m61,
  credentials_post: m64,
  credentials_list_types: m0,
  credentials_post_authenticate: m66,
  credentials_get: m6,
  credentials_put: m67,
  credentials_patch: m69,
  credentials_delete: m6,
  credentials_post_temporary: m71,
  credentials_list_dependencies: m23,
  credentials_put_transfer: m25,
  credentials_list_shares: m6,
  credentials_put_shares_users: m13,
  credentials_delete_shares_users: m14,
  credentials_put_shares_groups: m15,
  credentials_delete_shares_groups: m16,
 },
 responseKeys: {"accessKey":"access_key","createdAt":"created_at","createdById":"created_by_id","defaultJobsLabel":"default_jobs_label","defaultNotebooksLabel":"default_notebooks_label","defaultOtpRequiredForLogin":"default_otp_required_for_login","defaultServicesLabel":"default_services_label","defaultTimeZone":"default_time_zone","fcoType":"fco_type","lastUpdatedById":"last_updated_by_id","memberCount":"member_count","objectType":"object_type","organizationId":"organization_id","organizationName":"organization_name","permissionLevel":"permission_level","permissionSetId":"permission_set_id","primaryGroupId":"primary_group_id","remoteHostId":"remote_host_id","remoteHostName":"remote_host_name","resourceName":"resource_name","roleIds":"role_ids","secretAccessKey":"secret_access_key","sessionToken":"session_token","targetFileName":"target_file_name","totalGroupShares":"total_group_shares","totalMemberCount":"total_member_count","totalUserShares":"total_user_shares","updatedAt":"updated_at"},
};
