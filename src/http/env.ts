// The environment the client reads its settings from (`CIVIS_API_KEY`,
// `CIVIS_API_ENDPOINT`, the job headers' variables), on every runtime.

/** Variables by name, as `process.env` holds them. */
export type Env = Readonly<Record<string, string | undefined>>;

interface DenoLike {
  permissions?: {
    querySync?: (d: { name: "env"; variable: string }) => { state: string };
  };
  env: { get(name: string): string | undefined };
}

/**
 * An environment variable, or undefined: from `env` when given, else from the
 * runtime. Never prompts: under Deno the permission's state is asked first
 * (which never prompts) and the variable read only when granted; browsers
 * have no environment, and a runtime that throws is taken as having none.
 */
export function readEnv(
  name: string,
  env?: Env | undefined,
): string | undefined {
  try {
    if (env) return env[name] || undefined;
    const g = globalThis as { Deno?: DenoLike; process?: { env?: Env } };
    if (g.Deno) {
      const state = g.Deno.permissions?.querySync?.({
        name: "env",
        variable: name,
      }).state;
      return state === "granted"
        ? g.Deno.env.get(name) || undefined
        : undefined;
    }
    return g.process?.env?.[name] || undefined;
  } catch {
    return undefined;
  }
}
