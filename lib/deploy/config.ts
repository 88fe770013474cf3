// Configuration a real installation must have. Pure: read by the start script before it
// touches anything and by the app server at start (instrumentation.ts).

/** Below this the secret is guessable; `openssl rand -base64 32` gives 44 characters. */
export const AUTH_SECRET_MIN_LENGTH = 32;

const HOW_TO_MAKE_ONE = `Make one with

    openssl rand -base64 32

and set it as AUTH_SECRET in the app's environment (for systemd: in the EnvironmentFile,
see docs/operations.md). Give every instance the same value and keep it: changing it
signs everyone out.`;

/**
 * A production installation (DATABASE_URL set, not the embedded database) without a usable
 * AUTH_SECRET: the message saying what to do, or null when all is well. The embedded
 * default keeps a generated secret in the data directory instead.
 */
export function missingProductionSecret(env: NodeJS.ProcessEnv): string | null {
  if (!env.DATABASE_URL || env.CHUANGJIAN_DATABASE_KIND === "embedded") return null;
  const secret = env.AUTH_SECRET?.trim() ?? "";
  if (secret === "") return `AUTH_SECRET is not set. With DATABASE_URL set this is a production installation, which signs its sessions with a secret of its own.\n${HOW_TO_MAKE_ONE}`;
  if (secret.length < AUTH_SECRET_MIN_LENGTH) return `AUTH_SECRET is too short (${secret.length} characters; at least ${AUTH_SECRET_MIN_LENGTH}).\n${HOW_TO_MAKE_ONE}`;
  return null;
}
