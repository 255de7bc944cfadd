// Credentials (seed 004).
//
// Decisions:
// - Passwords are stored and never returned; nothing here puts one in a body
//   or an error.
// - `user_id` other than the caller's and `system_credential` are for admins
//   (403 otherwise). System credentials belong to the Civis Robot and are
//   hidden from non-admins (404), whatever their shares.
// - `default` is only for "Database" credentials (400 otherwise); setting it
//   clears the owner's other default for the same remote host. `list` with
//   `default=true` returns the caller's own default credentials.
// - Reading is enough to mint a temporary credential; changing needs write;
//   deleting needs manage.
// - `post_authenticate` checks the remote-host table (state.remoteHosts): an
//   unknown host, a wrong type, username or password is a 400
//   `authentication_error`; on success it answers `{ success: true }`, as
//   recorded (the seed prints a credential; spec header). As the seed
//   implies, the caller then has a credential for that host and username:
//   created, or its password updated.
// - A credential with a remote host lists that host as its one dependency,
//   not shareable.
import { randomBytes } from "node:crypto";
import { badRequest, forbidden, notFound } from "../errors.js";
import { can, requireById } from "../permissions.js";
import { paginate } from "../paginate.js";
import { byId, shareHandlers, transferHandlers } from "../shares.js";
import type { DependencyTarget } from "../shares.js";
import { findProfile, newObject, randomHex } from "../state.js";
import type {
  CredentialRecord,
  RemoteHost,
  Shareable,
  State,
} from "../state.js";
import { untype } from "../typed-handler.js";
import type { RequestOf, Schema, TypedTable } from "../typed-handler.js";
import { ApiError } from "../types.js";
import type { EmulatorUser } from "../types.js";
import { userSummary } from "../users.js";

const what = "credential";

/** Every type the seed names (list filter docs), in the seed's order. */
export const credentialTypes = [
  "Amazon Web Services S3",
  "Bitbucket",
  "CASS/NCOA PAF",
  "Certificate",
  "Civis Platform",
  "Custom",
  "Database",
  "Google",
  "Github",
  "Salesforce User",
  "Salesforce Client",
  "TableauUser",
] as const;

/** The credential type `post_authenticate` creates for each remote host type. */
const typeOfHost: Record<string, string> = {
  "RemoteHostTypes::Bigquery": "Database",
  "RemoteHostTypes::Bitbucket": "Bitbucket",
  "RemoteHostTypes::GitSSH": "Custom",
  "RemoteHostTypes::Github": "Github",
  "RemoteHostTypes::GoogleDoc": "Google",
  "RemoteHostTypes::JDBC": "Database",
  "RemoteHostTypes::Postgres": "Database",
  "RemoteHostTypes::Redshift": "Database",
  "RemoteHostTypes::S3Storage": "Amazon Web Services S3",
  "RemoteHostTypes::Salesforce": "Salesforce User",
};

const hostOf = (state: State, id: number | null) =>
  id === null ? undefined : state.remoteHosts.find((h) => h.id === id);

function present(state: State, cred: CredentialRecord): Schema<"Credential"> {
  const owner = findProfile(state, cred.ownerId) ?? state.robot;
  return {
    id: cred.id,
    name: cred.name,
    type: cred.type,
    username: cred.username,
    description: cred.description,
    owner: owner.username,
    user: userSummary(owner),
    remoteHostId: cred.remoteHostId,
    remoteHostName: hostOf(state, cred.remoteHostId)?.name ?? null,
    state: cred.state,
    createdAt: cred.createdAt,
    updatedAt: cred.updatedAt,
    default: cred.default,
    oauth: cred.oauth,
  };
}

/** A credential the caller may know exists (system ones only for admins). */
function find(
  state: State,
  id: number,
  user: EmulatorUser,
): CredentialRecord | undefined {
  const cred = state.credentials.get(id);
  return cred && (!cred.systemCredential || user.admin) ? cred : undefined;
}

const requireCredential = requireById(find, what);

type CredentialInput = RequestOf<"credentials_patch">;
// post and put take the same body.
type ReplaceBody = RequestOf<"credentials_post">;

/** The owner a body asks for, after the admin-only checks. */
function ownerFor(
  state: State,
  input: CredentialInput,
  user: EmulatorUser,
  current: number,
): number {
  if (input.system_credential) {
    if (!user.admin)
      throw forbidden("Only admins can make system credentials.");
    return state.robot.id;
  }
  if (input.user_id === undefined) return current;
  if (input.user_id !== user.id && !user.admin)
    throw forbidden("Only admins can set user_id to another user.");
  if (!state.users.has(input.user_id)) throw notFound(`user ${input.user_id}`);
  return input.user_id;
}

/** Checks a body's references: the remote host exists, `default` fits the type. */
function checkInput(state: State, input: CredentialInput, type: string): void {
  if (
    input.remote_host_id !== undefined &&
    !hostOf(state, input.remote_host_id)
  )
    throw notFound(`remote host ${input.remote_host_id}`);
  if (input.default === true && type !== "Database")
    throw badRequest("default is only for Database credentials.");
}

/** Keeps at most one default per owner and remote host. */
function settleDefault(state: State, cred: CredentialRecord): void {
  if (cred.type !== "Database") cred.default = false;
  if (!cred.default) return;
  for (const other of state.credentials.values())
    if (
      other !== cred &&
      other.default &&
      other.ownerId === cred.ownerId &&
      other.remoteHostId === cred.remoteHostId
    )
      other.default = false;
}

/** The fields a post or put sets: all of them, omitted ones to their defaults. */
function replaced(body: ReplaceBody) {
  return {
    name: body.name ?? null,
    type: body.type,
    username: body.username,
    password: body.password,
    description: body.description ?? null,
    remoteHostId: body.remote_host_id ?? null,
    state: body.state ?? null,
    systemCredential: body.system_credential ?? false,
    default: body.default ?? false,
    oauth: body.oauth ?? false,
  };
}

function create(
  state: State,
  fields: Omit<CredentialRecord, "id" | "grants" | "createdAt" | "updatedAt">,
): CredentialRecord {
  const cred: CredentialRecord = {
    ...newObject(state, "credentials", fields.ownerId),
    ...fields,
  };
  state.credentials.set(cred.id, cred);
  settleDefault(state, cred);
  return cred;
}

function dependenciesOf(state: State, obj: Shareable): DependencyTarget[] {
  const host = hostOf(state, (obj as CredentialRecord).remoteHostId);
  if (!host) return [];
  return [
    {
      objectType: "RemoteHost",
      fcoType: "Remote Host",
      id: host.id,
      name: host.name,
      description: host.url,
      target: null,
    },
  ];
}

const csv = (text: string | undefined) =>
  text === undefined ? undefined : text.split(",").map((s) => s.trim());

function authenticationError(): ApiError {
  return new ApiError(
    400,
    "authentication_error",
    "Username or password is incorrect.",
  );
}

/** The remote host a URL names, tolerant of a trailing slash. */
function hostAt(
  state: State,
  url: string,
  type: string,
): RemoteHost | undefined {
  const norm = (u: string) => u.replace(/\/+$/, "");
  return state.remoteHosts.find(
    (h) => norm(h.url) === norm(url) && h.type === type,
  );
}

const table: TypedTable<
  | "credentials_list"
  | "credentials_post"
  | "credentials_get"
  | "credentials_put"
  | "credentials_patch"
  | "credentials_delete"
  | "credentials_list_types"
  | "credentials_post_authenticate"
  | "credentials_post_temporary"
> = {
  credentials_list: ({ state, user, query }) => {
    const types = csv(query.type);
    const owners = csv(query.users)?.map(Number);
    const name = query.name?.toLowerCase();
    const visible = [...state.credentials.values()].filter(
      (c) =>
        find(state, c.id, user) !== undefined &&
        can(state, c, user, "read") &&
        (!types || types.includes(c.type)) &&
        (query.remote_host_id === undefined ||
          c.remoteHostId === query.remote_host_id) &&
        (query.default !== true || (c.default && c.ownerId === user.id)) &&
        (query.system_credentials !== true || c.systemCredential) &&
        (!owners || owners.includes(c.ownerId)) &&
        (name === undefined || (c.name ?? "").toLowerCase().includes(name)),
    );
    const page = paginate(visible, query, {
      updated_at: (c) => c.updatedAt,
      created_at: (c) => c.createdAt,
      name: (c) => c.name ?? "",
    });
    return {
      body: page.items.map((c) => present(state, c)),
      headers: page.headers,
    };
  },
  credentials_post: ({ state, user, body }) => {
    checkInput(state, body, body.type);
    const cred = create(state, {
      ownerId: ownerFor(state, body, user, user.id),
      ...replaced(body),
    });
    return { status: 201, body: present(state, cred) };
  },
  credentials_get: ({ state, user, path }) => ({
    body: present(state, requireCredential(state, path.id, user, "read")),
  }),
  credentials_put: ({ state, user, path, body }) => {
    const cred = requireCredential(state, path.id, user, "write");
    checkInput(state, body, body.type);
    const ownerId = ownerFor(state, body, user, cred.ownerId);
    Object.assign(cred, {
      ownerId,
      ...replaced(body),
      updatedAt: state.now(),
    });
    settleDefault(state, cred);
    return { body: present(state, cred) };
  },
  credentials_patch: ({ state, user, path, body }) => {
    const cred = requireCredential(state, path.id, user, "write");
    const type = body.type ?? cred.type;
    checkInput(state, body, type);
    cred.ownerId = ownerFor(state, body, user, cred.ownerId);
    cred.type = type;
    if (body.name !== undefined) cred.name = body.name;
    if (body.description !== undefined) cred.description = body.description;
    if (body.username !== undefined) cred.username = body.username;
    if (body.password !== undefined) cred.password = body.password;
    if (body.remote_host_id !== undefined)
      cred.remoteHostId = body.remote_host_id;
    if (body.state !== undefined) cred.state = body.state;
    if (body.system_credential !== undefined)
      cred.systemCredential = body.system_credential;
    if (body.default !== undefined) cred.default = body.default;
    if (body.oauth !== undefined) cred.oauth = body.oauth;
    cred.updatedAt = state.now();
    settleDefault(state, cred);
    return { body: present(state, cred) };
  },
  credentials_delete: ({ state, user, path }) => {
    const cred = requireCredential(state, path.id, user, "manage");
    state.credentials.delete(cred.id);
    return { status: 204 };
  },
  credentials_list_types: () => ({ body: { types: [...credentialTypes] } }),
  credentials_post_authenticate: ({ state, user, body }) => {
    const host = hostAt(state, body.url, body.remote_host_type);
    const account = host?.accounts.find((a) => a.username === body.username);
    if (!host || !account || account.password !== body.password)
      throw authenticationError();
    const existing = [...state.credentials.values()].find(
      (c) =>
        c.ownerId === user.id &&
        c.remoteHostId === host.id &&
        c.username === body.username,
    );
    if (existing) {
      if (existing.password !== body.password) {
        existing.password = body.password;
        existing.updatedAt = state.now();
      }
      return { body: { success: true } };
    }
    create(state, {
      ownerId: user.id,
      name: host.name,
      type: typeOfHost[host.type] ?? "Custom",
      username: body.username,
      password: body.password,
      description: null,
      remoteHostId: host.id,
      state: null,
      systemCredential: false,
      default: false,
      oauth: false,
    });
    return { body: { success: true } };
  },
  credentials_post_temporary: ({ state, user, path }) => {
    const cred = requireCredential(state, path.id, user, "read");
    if (cred.type !== "Amazon Web Services S3")
      throw badRequest(
        "Temporary credentials are only for Amazon Web Services S3 credentials.",
      );
    // Shaped like AWS STS output; random, and valid nowhere.
    return {
      body: {
        accessKey: "ASIA" + randomHex(8).toUpperCase(),
        secretAccessKey: randomBytes(30).toString("base64"),
        sessionToken: randomBytes(96).toString("base64"),
      },
    };
  },
};

export const credentialHandlers = {
  ...untype(table),
  ...shareHandlers("credentials", byId(find, what)),
  ...transferHandlers("credentials", byId(find, what), dependenciesOf),
};
