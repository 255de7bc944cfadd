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
import { badRequest, forbidden, notFound } from "../model/api-errors.js";
import { assignDeclared, declaredEnum, echo } from "../model/fields.js";
import { canOf, requireById } from "../model/permissions.js";
import { paginate } from "../model/paging.js";
import { byId, shareHandlers, transferHandlers } from "./shares.js";
import type { DependencyTarget } from "./shares.js";
import { compact, findProfile, newObject, randomHex } from "../model/state.js";
import type {
  CredentialRecord,
  RemoteHost,
  Shareable,
  State,
} from "../model/state.js";
import { untype } from "./typed-handler.js";
import type {
  RequestOf,
  Schema,
  TypedContext,
  TypedTable,
} from "./typed-handler.js";
import type { SpecOperation } from "../engine/load-spec.js";
import { ApiError } from "../engine/handler-types.js";
import type { EmulatorUser } from "../engine/handler-types.js";
import { userSummary } from "../model/user-profiles.js";

const what = "credential";

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

/** The stored fields the response declares (never the password), and the owner and host. */
function present(
  { state, operation }: { state: State; operation: SpecOperation },
  cred: CredentialRecord,
): Schema<"Credential"> {
  const owner = findProfile(state, cred.ownerId) ?? state.robot;
  return {
    ...echo<Schema<"Credential">>(operation, cred),
    owner: owner.username,
    user: userSummary(owner),
    remoteHostName: hostOf(state, cred.remoteHostId)?.name ?? null,
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

// `user_id` names the owner (ownerFor), it is not a stored field.
const except = ["user_id"];

/** A post or put sets every declared field, omitted ones to their defaults. */
function replace(
  ctx: TypedContext<"credentials_post" | "credentials_put">,
  cred: CredentialRecord,
): void {
  assignDeclared(cred, ctx, {
    replace: true,
    except,
    defaults: { systemCredential: false, default: false, oauth: false },
  });
}

type Fields = Omit<
  CredentialRecord,
  "id" | "grants" | "createdAt" | "updatedAt"
>;

/** A new credential's fields before the request's own are applied. */
const blank = (
  ownerId: number,
  type: string,
  username: string,
  password: string,
): Fields => ({
  ownerId,
  name: null,
  type,
  username,
  password,
  description: null,
  remoteHostId: null,
  state: null,
  systemCredential: false,
  default: false,
  oauth: false,
});

/** Stores a new credential; `fill` applies the request's fields first. */
function create(
  state: State,
  fields: Fields,
  fill?: (cred: CredentialRecord) => void,
): CredentialRecord {
  const draft: CredentialRecord = {
    ...newObject(state, "credentials", fields.ownerId),
    ...fields,
  };
  fill?.(draft);
  const cred = compact(draft);
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
  credentials_list: (ctx) => {
    const { state, user, query } = ctx;
    const types = csv(query.type);
    const owners = csv(query.users)?.map(Number);
    const name = query.name?.toLowerCase();
    const allowed = canOf(state, user);
    const visible = [...state.credentials.values()].filter(
      (c) =>
        find(state, c.id, user) !== undefined &&
        allowed(c, "read") &&
        (!types || types.includes(c.type)) &&
        (query.remote_host_id === undefined ||
          c.remoteHostId === query.remote_host_id) &&
        (query.default !== true || (c.default && c.ownerId === user.id)) &&
        (query.system_credentials !== true || c.systemCredential) &&
        (!owners || owners.includes(c.ownerId)) &&
        (name === undefined || (c.name ?? "").toLowerCase().includes(name)),
    );
    const page = paginate(
      visible,
      query,
      {
        updated_at: (c) => c.updatedAt,
        created_at: (c) => c.createdAt,
        name: (c) => c.name ?? "",
      },
      { sorts: state.sorts, list: "credentials" },
    );
    return {
      body: page.items.map((c) => present(ctx, c)),
      headers: page.headers,
    };
  },
  credentials_post: (ctx) => {
    const { state, user, body } = ctx;
    checkInput(state, body, body.type);
    const ownerId = ownerFor(state, body, user, user.id);
    const cred = create(
      state,
      blank(ownerId, body.type, body.username, body.password),
      (c) => replace(ctx, c),
    );
    return { status: 201, body: present(ctx, cred) };
  },
  credentials_get: (ctx) => ({
    body: present(
      ctx,
      requireCredential(ctx.state, ctx.path.id, ctx.user, "read"),
    ),
  }),
  credentials_put: (ctx) => {
    const { state, user, path, body } = ctx;
    const cred = requireCredential(state, path.id, user, "write");
    checkInput(state, body, body.type);
    cred.ownerId = ownerFor(state, body, user, cred.ownerId);
    replace(ctx, cred);
    cred.updatedAt = state.now();
    settleDefault(state, cred);
    return { body: present(ctx, cred) };
  },
  credentials_patch: (ctx) => {
    const { state, user, path, body } = ctx;
    const cred = requireCredential(state, path.id, user, "write");
    checkInput(state, body, body.type ?? cred.type);
    cred.ownerId = ownerFor(state, body, user, cred.ownerId);
    assignDeclared(cred, ctx, { except });
    cred.updatedAt = state.now();
    settleDefault(state, cred);
    return { body: present(ctx, cred) };
  },
  credentials_delete: ({ state, user, path }) => {
    const cred = requireCredential(state, path.id, user, "manage");
    state.credentials.delete(cred.id);
    return { status: 204 };
  },
  // The names the spec lists (its enum of credential type names).
  credentials_list_types: ({ operation }) => ({
    body: {
      types: [...declaredEnum(operation.responses.get(200), "types")],
    },
  }),
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
    const type = typeOfHost[host.type] ?? "Custom";
    create(state, {
      ...blank(user.id, type, body.username, body.password),
      name: host.name,
      remoteHostId: host.id,
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
