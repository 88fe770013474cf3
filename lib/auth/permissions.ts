// The one permission table of the product. Every server action and every query that
// returns unit-scoped data goes through authorize() / unitScope() below.
//
// A scope says how far a role reaches: "any" unit of the zone, or only its "own" unit.
// A missing entry means the role may not do it at all.
import { ForbiddenError, NotFoundError } from "@/lib/server/errors";
import * as DbEnums from "@/lib/db/generated/enums";

export const ROLES = Object.values(DbEnums.Role);
export type Role = (typeof ROLES)[number];
export type Scope = "any" | "own";

const readAll = { REPORTER: "any", SUPERVISOR: "any", LEADER: "any", ADMIN: "any" } as const;
const readOwnOrAll = { REPORTER: "own", SUPERVISOR: "any", LEADER: "any", ADMIN: "any" } as const;
const office = { SUPERVISOR: "any" } as const;
const admin = { ADMIN: "any" } as const;

export const PERMISSIONS = {
  // the plan and the directory
  "plan.read": readAll,
  "plan.manage": office,
  "unit.read": readAll,
  // weekly reports
  "report.read": readOwnOrAll,
  "report.write": { REPORTER: "own" },
  "report.review": office,
  "report.remind": office,
  /** 免报: excuse a unit from a week's report; require a holiday week anyway. */
  "report.excuse": office,
  // monthly supervision
  "inspection.read": readOwnOrAll,
  "inspection.manage": office,
  "meeting.read": readAll,
  "meeting.manage": office,
  "monthlyReport.read": { SUPERVISOR: "any", LEADER: "any", ADMIN: "any" },
  "monthlyReport.manage": office,
  // quarterly assessment
  "assessment.read": readOwnOrAll,
  "assessment.manage": office,
  /** 申诉: a unit disputes a line of its published score; the office decides. */
  "assessmentAppeal.file": { REPORTER: "own" },
  "assessmentAppeal.decide": office,
  // warnings and notices
  "warning.read": readOwnOrAll,
  "warning.manage": office,
  "warningRule.manage": office,
  "notice.read": readOwnOrAll,
  "notice.manage": office,
  "notice.respond": { REPORTER: "own" },
  "instruction.create": { LEADER: "any" },
  // resources and coordination
  "resource.read": readAll,
  "resource.manage": office,
  "coordination.read": readOwnOrAll,
  "coordination.create": { REPORTER: "own", SUPERVISOR: "any" },
  "coordination.manage": office,
  // dashboards, briefings, exports
  "dashboard.read": { SUPERVISOR: "any", LEADER: "any", ADMIN: "any" },
  "briefing.read": { SUPERVISOR: "any", LEADER: "any", ADMIN: "any" },
  // the issued weekly bulletin (简报): every member unit reads issued editions, the office issues
  "briefingEdition.read": readAll,
  "briefingEdition.manage": office,
  // official documents: the zone's settings, the status report (情况汇报)
  "documentSettings.manage": { SUPERVISOR: "any", ADMIN: "any" },
  "statusReport.read": { SUPERVISOR: "any", LEADER: "any", ADMIN: "any" },
  "statusReport.manage": office,
  "export.read": readOwnOrAll,
  // readiness against the national evaluation: leaders and the office read, the office and the admin manage
  "readiness.view": { SUPERVISOR: "any", LEADER: "any", ADMIN: "any" },
  "readiness.manage": { SUPERVISOR: "any", ADMIN: "any" },
  // one's own account ("change my password")
  "account.password": { REPORTER: "own", SUPERVISOR: "own", LEADER: "own", ADMIN: "own" },
  // administration
  "user.manage": admin,
  "unit.manage": admin,
  "audit.read": admin,
  "settings.manage": admin,
} as const satisfies Record<string, Partial<Record<Role, Scope>>>;

export type Permission = keyof typeof PERMISSIONS;

/** Who is asking: enough of the session user to decide. */
export interface Actor {
  id: string;
  role: Role;
  unitId: string;
  zoneId: string;
}

// The table cannot change at run time, and is read with own-property checks only: a key
// inherited from a polluted Object.prototype never grants anything.
for (const entry of Object.values(PERMISSIONS)) Object.freeze(entry);
Object.freeze(PERMISSIONS);

export function scopeOf(actor: Pick<Actor, "role">, permission: Permission): Scope | null {
  if (!Object.hasOwn(PERMISSIONS, permission)) return null;
  const entry: Partial<Record<Role, Scope>> = PERMISSIONS[permission];
  if (!Object.hasOwn(entry, actor.role)) return null;
  const scope = entry[actor.role];
  return scope === "any" || scope === "own" ? scope : null;
}

/** Every role's scope of every permission, as the table was built (for the health check). */
const BUILT_ANSWERS = JSON.stringify(permissionAnswers());

function permissionAnswers(): (Scope | null)[] {
  return Object.keys(PERMISSIONS).flatMap((permission) => ROLES.map((role) => scopeOf({ role }, permission as Permission)));
}

/** False when the table no longer answers as it was built (a broken process: /api/health fails). */
export function permissionTableIntact(): boolean {
  return JSON.stringify(permissionAnswers()) === BUILT_ANSWERS && scopeOf({ role: "REPORTER" }, "__proto__" as Permission) === null;
}

export function can(actor: Actor, permission: Permission, target?: { unitId: string | null; zoneId?: string }): boolean {
  const scope = scopeOf(actor, permission);
  if (!scope) return false;
  if (!target) return true;
  if (target.zoneId !== undefined && target.zoneId !== actor.zoneId) return false;
  return scope === "any" || target.unitId === actor.unitId;
}

/**
 * Throws unless the actor may do `permission` (on `target`, when given). A record of another
 * unit or zone answers "not found", never "forbidden", so its existence does not leak.
 * Pass the target as loaded from the database, never as sent by the form.
 */
export function authorize(actor: Actor, permission: Permission, target?: { unitId: string | null; zoneId?: string }): void {
  const scope = scopeOf(actor, permission);
  if (!scope) throw new ForbiddenError(permission);
  if (target && !can(actor, permission, target)) throw new NotFoundError();
}

/**
 * The filter a list query applies: all units of the zone, or only the actor's own.
 * Throws when the role may not read this at all.
 */
export function unitScope(actor: Actor, permission: Permission): { zoneId: string; unitId?: string } {
  const scope = scopeOf(actor, permission);
  if (!scope) throw new ForbiddenError(permission);
  return scope === "any" ? { zoneId: actor.zoneId } : { zoneId: actor.zoneId, unitId: actor.unitId };
}
