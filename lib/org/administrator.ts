// The first administrator of a real installation, made from the command line
// (`npm run admin:create`, scripts/admin-create.ts): an empty database gets a zone and its
// creation office too, which the administrator then completes on the admin screens or by
// the plan import. Audited like an administrator's "create user", with no actor.
import { recordAudit } from "@/lib/audit/record";
import { hashPassword } from "@/lib/auth/password";
import { addDaysToKey, dateFromKey, localDateKey, DEFAULT_TIME_ZONE } from "@/lib/dates/zone-time";
import type { DbClient } from "@/lib/db/client";
import { TRANSACTION_OPTIONS } from "@/lib/db/transaction-options";
import { DomainError } from "@/lib/server/errors";

export const DEFAULT_ZONE_NAME = "高新技术产业开发区";
export const OFFICE_UNIT = { code: "office", name: "创建国家高新区工作领导小组办公室", shortName: "创建办" } as const;
/** A new zone's campaign until the administrator sets it: from today, three years. */
const CAMPAIGN_YEARS = 3;

export interface AdministratorInput {
  email: string;
  name: string;
  password: string;
  zoneName: string | null;
}

export interface AdministratorOutcome {
  userId: string;
  zoneId: string;
  zoneCreated: boolean;
}

export async function createAdministrator(client: DbClient, input: AdministratorInput, now = new Date()): Promise<AdministratorOutcome> {
  const passwordHash = await hashPassword(input.password);
  return client.$transaction(async (tx) => {
    if (await tx.user.findUnique({ where: { email: input.email }, select: { id: true } })) throw new DomainError("validation.emailTaken", {}, "email");
    const zones = await tx.zone.findMany({ select: { id: true, timeZone: true }, take: 2 });
    // One installation runs one zone; a database with several is not ours to guess in.
    if (zones.length > 1) throw new Error("The database holds more than one zone; create the administrator on the admin screens of that zone.");
    let zone = zones[0];
    const zoneCreated = !zone;
    if (!zone) {
      const today = localDateKey(now, DEFAULT_TIME_ZONE);
      const name = input.zoneName ?? DEFAULT_ZONE_NAME;
      const created = await tx.zone.create({
        data: { code: "zone", name, shortName: name, campaignStart: dateFromKey(today), campaignEnd: dateFromKey(addDaysToKey(today, CAMPAIGN_YEARS * 365)) },
        select: { id: true, timeZone: true, code: true, name: true, campaignStart: true, campaignEnd: true },
      });
      await recordAudit(tx, { id: null, zoneId: created.id }, { action: "zone.create", entityType: "Zone", entityId: created.id, after: { ...created, source: "admin:create" } });
      zone = created;
    }
    let office = await tx.unit.findFirst({ where: { zoneId: zone.id, kind: "OFFICE" }, orderBy: { sortOrder: "asc" }, select: { id: true } });
    if (!office) {
      const created = await tx.unit.create({ data: { zoneId: zone.id, ...OFFICE_UNIT, kind: "OFFICE", isMember: false }, select: { id: true, code: true, name: true, shortName: true, kind: true } });
      await recordAudit(tx, { id: null, zoneId: zone.id }, { action: "unit.create", entityType: "Unit", entityId: created.id, after: { ...created, source: "admin:create" } });
      office = created;
    }
    const user = await tx.user.create({
      data: { zoneId: zone.id, unitId: office.id, email: input.email, name: input.name, role: "ADMIN", passwordHash },
      select: { id: true, email: true, name: true, role: true, unitId: true, active: true },
    });
    await recordAudit(tx, { id: null, zoneId: zone.id }, { action: "user.create", entityType: "User", entityId: user.id, after: { ...user, source: "admin:create" } });
    return { userId: user.id, zoneId: zone.id, zoneCreated };
  }, TRANSACTION_OPTIONS);
}
