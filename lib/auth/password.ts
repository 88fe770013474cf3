import bcrypt from "bcryptjs";

// bcryptjs: pure JavaScript, so no native build on any platform. Cost 10 keeps a
// sign-in near 60 ms on a small server while staying above OWASP's minimum.
const COST = 10;

/**
 * bcrypt reads only the first 72 bytes of a password: two passwords sharing a 72-byte
 * prefix would both match one hash. New passwords longer than this are refused by the
 * policy (./password-policy.ts) and a longer one typed at sign-in never matches.
 */
export const BCRYPT_MAX_BYTES = 72;

export function passwordBytes(plain: string): number {
  return Buffer.byteLength(plain, "utf8");
}

// A well-formed hash of no password, so an unknown account or an over-long password
// costs the same time as a real comparison.
const DUMMY_HASH = "$2b$10$loQMWfaiE/gp8xgIqrttZu8aEt.JhXUBujilsXMc9IqpBUmfaVfH6";

export async function hashPassword(plain: string): Promise<string> {
  if (passwordBytes(plain) > BCRYPT_MAX_BYTES) throw new Error(`a password over ${BCRYPT_MAX_BYTES} bytes cannot be hashed with bcrypt`);
  return bcrypt.hash(plain, COST);
}

export async function verifyPassword(plain: string, hash: string | null | undefined): Promise<boolean> {
  if (!hash || passwordBytes(plain) > BCRYPT_MAX_BYTES) {
    await bcrypt.compare(plain.slice(0, BCRYPT_MAX_BYTES), DUMMY_HASH);
    return false;
  }
  return bcrypt.compare(plain, hash);
}
