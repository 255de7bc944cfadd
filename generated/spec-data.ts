// Generated from spec/openapi.yaml by `npm run generate`. DO NOT EDIT.
// spec sha256: 8e7a88db88aacce8
import type { ArgShape, CompactOperation } from "../src/spec-data-expand.js";
import { expandSpecData } from "../src/spec-data-expand.js";

const o0: CompactOperation = {  };
const a1: ArgShape = {"type":"string","minLength":1};
const a2: ArgShape = {"type":"string"};
const a3: ArgShape = {"type":"boolean"};
const o4: CompactOperation = { body: { name: a1, target_file_name: a2, archived: a3 } };
const a5: ArgShape = {"type":"integer","min":1};
const o6: CompactOperation = { path: { id: a5 } };
const o7: CompactOperation = { path: { id: a5 }, body: { name: a1, target_file_name: a2, archived: a3 } };
const o8: CompactOperation = { path: { id: a5 }, body: { status: a3 } };
const a9: ArgShape = {"type":"array","minItems":1,"items":{"type":"integer","min":1}};
const a10: ArgShape = {"type":"string","enum":["read","write","manage"]};
const o11: CompactOperation = { path: { id: a5 }, body: { user_ids: a9, permission_level: a10, share_email_body: a2, send_shared_email: a3 } };
const o12: CompactOperation = { path: { id: a5, user_id: a5 } };
const o13: CompactOperation = { path: { id: a5 }, body: { group_ids: a9, permission_level: a10, share_email_body: a2, send_shared_email: a3 } };
const o14: CompactOperation = { path: { id: a5, group_id: a5 } };
const a15: ArgShape = {"type":"string","maxLength":1000000,"maxBytes":1000000,"json":true};
const o16: CompactOperation = { body: { name: a2, value_str: a15 }, opaque: ["value"] };
const o17: CompactOperation = { path: { id: a5 }, opaque: ["value"] };
const o18: CompactOperation = { path: { id: a5 }, body: { name: a2, value_str: a15 }, opaque: ["value"] };
const o19: CompactOperation = { path: { id: a5 }, query: { user_id: a5 } };
const o20: CompactOperation = { path: { id: a5 }, body: { user_id: a5, include_dependencies: a3, email_body: a2, send_email: a3 } };
const a21: ArgShape = {"type":"string","enum":["true","false","all"],"default":"false"};
const a22: ArgShape = {"type":"string","pattern":"^[0-9]+(,[0-9]+)*$"};
const a23: ArgShape = {"type":"integer","min":1,"max":50,"default":20};
const a24: ArgShape = {"type":"integer","min":1,"default":1};
const a25: ArgShape = {"type":"string","enum":["updated_at","name","created_at"],"default":"updated_at"};
const a26: ArgShape = {"type":"string","enum":["asc","desc"],"default":"desc"};
const o27: CompactOperation = { query: { archived: a21, author: a22, limit: a23, page_num: a24, order: a25, order_dir: a26 } };
const o28: CompactOperation = { body: { name: a1, description: a2 } };
const o29: CompactOperation = { path: { id: a5 }, body: { name: a1, description: a2 } };
const a30: ArgShape = {"type":"integer","min":1,"max":1000,"default":50};
const a31: ArgShape = {"type":"string","enum":["name","id","updated_at","created_at"],"default":"name"};
const a32: ArgShape = {"type":"string","enum":["asc","desc"],"default":"asc"};
const o33: CompactOperation = { path: { id: a5 }, query: { limit: a30, page_num: a24, order: a31, order_dir: a32 } };
const o34: CompactOperation = { path: { id: a5, name: a1 } };
const o35: CompactOperation = { path: { id: a5, name: a1 }, body: { description: a2 } };
const o36: CompactOperation = { path: { id: a5, name: a1 }, body: { user_ids: a9, permission_level: a10, share_email_body: a2, send_shared_email: a3 } };
const o37: CompactOperation = { path: { id: a5, name: a1, user_id: a5 } };
const o38: CompactOperation = { path: { id: a5, name: a1 }, body: { group_ids: a9, permission_level: a10, share_email_body: a2, send_shared_email: a3 } };
const o39: CompactOperation = { path: { id: a5, name: a1, group_id: a5 } };
const a40: ArgShape = {"type":"array","items":{"type":"integer","min":1}};
const a41: ArgShape = {"type":"string","enum":["name","created_at"],"default":"name"};
const o42: CompactOperation = { query: { query: a2, permission: a10, include_members: a3, organization_id: a5, user_ids: a40, limit: a30, page_num: a24, order: a41, order_dir: a32 } };
const a43: ArgShape = {"type":"array","items":{"type":"integer"}};
const o44: CompactOperation = { body: { name: a1, description: a2, slug: a2, organization_id: a5, default_otp_required_for_login: a3, role_ids: a43, default_time_zone: a2, default_jobs_label: a2, default_notebooks_label: a2, default_services_label: a2 } };
const o45: CompactOperation = { path: { id: a5 }, body: { name: a1, description: a2, slug: a2, organization_id: a5, default_otp_required_for_login: a3, role_ids: a43, default_time_zone: a2, default_jobs_label: a2, default_notebooks_label: a2, default_services_label: a2 } };
const a46: ArgShape = {"type":"integer","min":1,"max":1000,"default":1000};
const a47: ArgShape = {"type":"string","enum":["updated_at","created_at","name"],"default":"updated_at"};
const o48: CompactOperation = { query: { type: a1, remote_host_id: a5, default: a3, system_credentials: a3, users: a22, name: a2, limit: a46, page_num: a24, order: a47, order_dir: a26 } };
const a49: ArgShape = {"type":"string","enum":["Amazon Web Services S3","CASS/NCOA PAF","Certificate","Civis Platform","Custom","Database","Google","Salesforce User","Salesforce Client","TableauUser"]};
const o50: CompactOperation = { body: { name: a2, type: a49, description: a2, username: a2, password: a2, remote_host_id: a5, user_id: a5, state: a2, system_credential: a3, default: a3, oauth: a3 } };
const o51: CompactOperation = { normalize: "types" };
const a52: ArgShape = {"type":"string","enum":["RemoteHostTypes::Bigquery","RemoteHostTypes::Bitbucket","RemoteHostTypes::GitSSH","RemoteHostTypes::Github","RemoteHostTypes::GoogleDoc","RemoteHostTypes::JDBC","RemoteHostTypes::Postgres","RemoteHostTypes::Redshift","RemoteHostTypes::S3Storage","RemoteHostTypes::Salesforce"]};
const o53: CompactOperation = { body: { url: a1, remote_host_type: a52, username: a2, password: a2 } };
const o54: CompactOperation = { path: { id: a5 }, body: { name: a2, type: a49, description: a2, username: a2, password: a2, remote_host_id: a5, user_id: a5, state: a2, system_credential: a3, default: a3, oauth: a3 } };
const a55: ArgShape = {"type":"integer","min":900,"max":129600,"default":900};
const o56: CompactOperation = { path: { id: a5 }, body: { duration: a55 } };

export const specData = expandSpecData({
  match_targets_list: o0,
  match_targets_post: o4,
  match_targets_get: o6,
  match_targets_patch: o7,
  match_targets_put_archive: o8,
  match_targets_list_shares: o6,
  match_targets_put_shares_users: o11,
  match_targets_delete_shares_users: o12,
  match_targets_put_shares_groups: o13,
  match_targets_delete_shares_groups: o14,
  json_values_post: o16,
  json_values_get: o17,
  json_values_patch: o18,
  json_values_list_dependencies: o19,
  json_values_put_transfer: o20,
  json_values_list_shares: o6,
  json_values_put_shares_users: o11,
  json_values_delete_shares_users: o12,
  json_values_put_shares_groups: o13,
  json_values_delete_shares_groups: o14,
  permission_sets_list: o27,
  permission_sets_post: o28,
  permission_sets_get: o6,
  permission_sets_put: o29,
  permission_sets_patch: o29,
  permission_sets_put_archive: o8,
  permission_sets_list_dependencies: o19,
  permission_sets_put_transfer: o20,
  permission_sets_list_shares: o6,
  permission_sets_put_shares_users: o11,
  permission_sets_delete_shares_users: o12,
  permission_sets_put_shares_groups: o13,
  permission_sets_delete_shares_groups: o14,
  permission_sets_list_users_permissions: o12,
  permission_sets_list_resources: o33,
  permission_sets_post_resources: o29,
  permission_sets_get_resources: o34,
  permission_sets_patch_resources: o35,
  permission_sets_delete_resources: o34,
  permission_sets_list_resources_shares: o34,
  permission_sets_put_resources_shares_users: o36,
  permission_sets_delete_resources_shares_users: o37,
  permission_sets_put_resources_shares_groups: o38,
  permission_sets_delete_resources_shares_groups: o39,
  groups_list: o42,
  groups_post: o44,
  groups_get: o6,
  groups_put: o45,
  groups_patch: o45,
  groups_delete: o6,
  groups_list_child_groups: o6,
  groups_put_members: o12,
  groups_delete_members: o12,
  groups_list_shares: o6,
  groups_put_shares_users: o11,
  groups_delete_shares_users: o12,
  groups_put_shares_groups: o13,
  groups_delete_shares_groups: o14,
  credentials_list: o48,
  credentials_post: o50,
  credentials_list_types: o51,
  credentials_post_authenticate: o53,
  credentials_get: o6,
  credentials_put: o54,
  credentials_patch: o54,
  credentials_delete: o6,
  credentials_post_temporary: o56,
  credentials_list_dependencies: o19,
  credentials_put_transfer: o20,
  credentials_list_shares: o6,
  credentials_put_shares_users: o11,
  credentials_delete_shares_users: o12,
  credentials_put_shares_groups: o13,
  credentials_delete_shares_groups: o14,
});
