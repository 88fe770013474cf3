// The signed-in user, read fresh from the database on every request: a deactivated user
// or a changed role takes effect at once, whatever the session cookie still says, and a
// token issued before the user's sessions were ended (its session version is older than
// the user's) is refused.
import { cache } from "react";
import { redirect } from "next/navigation";
import { db } from "@/lib/db/client";
import { UnauthenticatedError } from "@/lib/server/errors";
import { requestSession } from "./session-token";
import type { Actor, Role } from "./permissions";

export interface SessionUser extends Actor {
  name: string;
  email: string;
  role: Role;
  unitName: string;
  unitShortName: string;
  zoneName: string;
  timeZone: string;
}

interface SessionUserRow extends SessionUser {
  active: boolean;
  sessionVersion: number;
}

/** One statement (Prisma's include sent three): it runs on every request. */
async function loadUser(userId: string, sessionVersion: number): Promise<SessionUser | null> {
  const [user] = await db.$queryRaw<SessionUserRow[]>`
    SELECT u."id", u."name", u."email", u."role"::text AS "role", u."unitId", u."zoneId", u."active", u."sessionVersion",
           un."name" AS "unitName", un."shortName" AS "unitShortName", z."name" AS "zoneName", z."timeZone"
    FROM "User" u JOIN "Unit" un ON un."id" = u."unitId" JOIN "Zone" z ON z."id" = u."zoneId"
    WHERE u."id" = ${userId}`;
  if (!user || !user.active || user.sessionVersion !== sessionVersion) return null;
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    role: user.role,
    unitId: user.unitId,
    zoneId: user.zoneId,
    unitName: user.unitName,
    unitShortName: user.unitShortName,
    zoneName: user.zoneName,
    timeZone: user.timeZone,
  };
}

export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  const session = await requestSession();
  return session && session.sessionVersion !== null ? loadUser(session.userId, session.sessionVersion) : null;
});

/** For pages: the user, or a redirect to the login page. */
export async function requireUser(): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) redirect("/login");
  return user;
}

/** For server actions and route handlers: the user, or an UnauthenticatedError. */
export async function requireActionUser(): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) throw new UnauthenticatedError();
  return user;
}
