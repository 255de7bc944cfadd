// Credentials.
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
//   recorded (civis-python's reference prints a credential; see the spec's
//   header). As that reference implies, the caller then has a credential for that host and username:
//   created, or its password updated.
// - A credential with a remote host lists that host as its one dependency,
//   not shareable.
import { randomBytes } from "node:crypto";
import {
  ApiError,
  badRequest,
  forbidden,
  notFound,
} from "../model/api-errors.js";
import { canOf } from "../model/permissions.js";
import { listPage, timestampKeys } from "../model/paging.js";
import { compact, findProfile, newObject, randomHex } from "../model/state.js";
import type {
  CredentialRecord,
  EmulatorUser,
  RemoteHost,
  Shareable,
  State,
} from "../model/state.js";
import { userSummary } from "../model/user-profiles.js";
import { declaredEnum, echo } from "./declared-fields.js";
import { byId } from "./locator.js";
import { engineHandlers } from "./operation-handler.js";
import type { RequestOf, Schema } from "./operation-handler.js";
import { recordHandlers } from "./record-family.js";
import type { PresenterContext } from "./record-family.js";
import { shareHandlers } from "./share-family.js";
import { transferHandlers } from "./transfer-family.js";
import type { DependencyTarget } from "./transfer-family.js";

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
  { state, operation }: PresenterContext,
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

/** Whether the caller may know the credential exists (system ones: admins). */
const knownTo = (cred: CredentialRecord, user: EmulatorUser): boolean =>
  !cred.systemCredential || user.admin;

function find(
  state: State,
  id: number,
  user: EmulatorUser,
): CredentialRecord | undefined {
  const cred = state.credentials.get(id);
  return cred && knownTo(cred, user) ? cred : undefined;
}

const locate = byId(find, "credential");

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

/** A new credential before the request's own fields are applied: the next id, now. */
function draft(
  state: State,
  ownerId: number,
  type: string,
  username: string,
  password: string,
): CredentialRecord {
  return {
    ...newObject(state, "credentials", ownerId),
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
  };
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

/** The operations of credentials beyond the families. */
const ownHandlers = engineHandlers({
  credentials_list: (ctx) => {
    const { state, user, query } = ctx;
    const types = csv(query.type);
    const owners = csv(query.users)?.map(Number);
    const name = query.name?.toLowerCase();
    const allowed = canOf(state, user);
    const visible = [...state.credentials.values()].filter(
      (c) =>
        knownTo(c, user) &&
        allowed(c, "read") &&
        (!types || types.includes(c.type)) &&
        (query.remote_host_id === undefined ||
          c.remoteHostId === query.remote_host_id) &&
        (query.default !== true || (c.default && c.ownerId === user.id)) &&
        (query.system_credentials !== true || c.systemCredential) &&
        (!owners || owners.includes(c.ownerId)) &&
        (name === undefined || (c.name ?? "").toLowerCase().includes(name)),
    );
    return listPage(
      ctx,
      "credentials",
      visible,
      { ...timestampKeys(), name: (c) => c.name ?? "" },
      (c) => present(ctx, c),
    );
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
    const cred = compact({
      ...draft(state, user.id, type, body.username, body.password),
      name: host.name,
      remoteHostId: host.id,
    });
    settleDefault(state, cred);
    state.credentials.set(cred.id, cred);
    return { body: { success: true } };
  },
  credentials_post_temporary: (ctx) => {
    const cred = locate(ctx, "read");
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
});

export const credentialHandlers = {
  ...ownHandlers,
  ...recordHandlers("credentials", ["get", "post", "put", "patch", "delete"], {
    locate,
    store: (state) => state.credentials,
    present,
    create: ({ state, user, body }) => {
      checkInput(state, body, body.type);
      const ownerId = ownerFor(state, body, user, user.id);
      return draft(state, ownerId, body.type, body.username, body.password);
    },
    prepare: ({ state, user, body }, cred) => {
      checkInput(state, body, body.type ?? cred.type);
      cred.ownerId = ownerFor(state, body, user, cred.ownerId);
    },
    settle: (ctx, cred) => settleDefault(ctx.state, cred),
    // It names the owner (`ownerFor`); it is not a stored field.
    except: ["user_id"],
    defaults: () => ({ systemCredential: false, default: false, oauth: false }),
  }),
  ...shareHandlers("credentials", locate),
  ...transferHandlers("credentials", locate, dependenciesOf),
};
