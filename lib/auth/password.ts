import bcrypt from "bcryptjs";

// bcryptjs: pure JavaScript, so no native build on any platform. Cost 10 keeps a
// sign-in near 60 ms on a small server while staying above OWASP's minimum.
const COST = 10;

export function hashPassword(plain: string): Promise<string> {
  return bcrypt.hash(plain, COST);
}

export function verifyPassword(plain: string, hash: string): Promise<boolean> {
  return bcrypt.compare(plain, hash);
}
