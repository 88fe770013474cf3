// Channel secrets (SMTP password, robot keys, signing secrets, gateway tokens) are stored as
// AES-256-GCM ciphertext: "v1.<iv>.<tag>.<ciphertext>" (base64url). The key is
// CHANNEL_SECRET_KEY (32 bytes as base64/hex, or any passphrase, hashed); without it, one
// derived from AUTH_SECRET with HKDF under its own label, so a fresh installation works
// with the one secret it already has (rotating AUTH_SECRET then means re-entering the
// channel secrets: docs/notifications.md).
import { createCipheriv, createDecipheriv, createHash, hkdfSync, randomBytes } from "node:crypto";

const VERSION = "v1";

export function channelSecretKey(env: NodeJS.ProcessEnv = process.env): Buffer {
  const configured = env.CHANNEL_SECRET_KEY?.trim();
  if (configured) {
    if (/^[0-9a-f]{64}$/i.test(configured)) return Buffer.from(configured, "hex");
    const decoded = Buffer.from(configured, "base64");
    if (decoded.length === 32 && /^[A-Za-z0-9+/_-]+=*$/.test(configured)) return decoded;
    return createHash("sha256").update(configured).digest();
  }
  const authSecret = env.AUTH_SECRET?.trim();
  if (!authSecret) throw new Error("Neither CHANNEL_SECRET_KEY nor AUTH_SECRET is set: channel secrets cannot be encrypted.");
  return Buffer.from(hkdfSync("sha256", authSecret, "chuangjian", "channel-secrets/v1", 32));
}

export function encryptSecret(plain: string, key = channelSecretKey()): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  const body = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return [VERSION, iv.toString("base64url"), cipher.getAuthTag().toString("base64url"), body.toString("base64url")].join(".");
}

/** Throws when the ciphertext was altered or the key changed. */
export function decryptSecret(stored: string, key = channelSecretKey()): string {
  const [version, iv, tag, body] = stored.split(".");
  if (version !== VERSION || !iv || !tag || body === undefined) throw new Error("Unreadable channel secret");
  const decipher = createDecipheriv("aes-256-gcm", key, Buffer.from(iv, "base64url"));
  decipher.setAuthTag(Buffer.from(tag, "base64url"));
  return Buffer.concat([decipher.update(Buffer.from(body, "base64url")), decipher.final()]).toString("utf8");
}

/**
 * Which secrets a stored blob holds, for the admin page ("已设置"), or null when it no longer
 * opens (the key changed: the admin re-enters them). The values never leave this function.
 */
export function storedSecretNames(stored: string | null, key?: Buffer): string[] | null {
  if (!stored) return [];
  try {
    const secrets = JSON.parse(decryptSecret(stored, key ?? channelSecretKey())) as Record<string, unknown>;
    return Object.entries(secrets).filter(([, value]) => typeof value === "string" && value.length > 0).map(([name]) => name);
  } catch {
    return null;
  }
}

/** Where the key comes from, for the admin page. */
export function channelKeySource(env: NodeJS.ProcessEnv = process.env): "CHANNEL_SECRET_KEY" | "AUTH_SECRET" | "none" {
  if (env.CHANNEL_SECRET_KEY?.trim()) return "CHANNEL_SECRET_KEY";
  return env.AUTH_SECRET?.trim() ? "AUTH_SECRET" : "none";
}
