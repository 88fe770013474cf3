// The demo generator's org builder (lib/seed/generate.ts calls the builders in order). Pure.
import { addDaysToKey } from "@/lib/dates/zone-time";
import { COMPANY_NAMES, DEMO_ACCOUNTS, DISTRICT_NAMES, GIVEN_NAMES, LATE_UNITS, MEMBER_UNITS, OFFICE_UNIT, REPORTER_TITLES, STOPPED_UNIT, SURNAMES, UNIT_ALIASES, TOWN_NAMES, type UnitSpec } from "./catalog";
import type { UnitProfile, UnitRow, UserRow } from "./types";
import { ZONE_ID, SUPERVISOR_ID, unitId, parkId, userIdOf, type DemoContext } from "./context";

/** Units with their reporting profiles (office, diligent, late, stopped) and the users: the demo accounts, then a reporter per unit. */
export function buildOrg(ctx: DemoContext) {
  const { config, passwordHash, root, campaignStartKey, at } = ctx;
  const unitSpecs: (UnitSpec & { isMember: boolean })[] = MEMBER_UNITS.map((unit) => ({ ...unit, isMember: true }));
  unitSpecs.push(...extraUnits(config.units - MEMBER_UNITS.length));
  const profileRng = root.fork("profiles");
  const profiles: Record<string, UnitProfile> = {};
  for (const unit of unitSpecs) {
    if (unit.code === OFFICE_UNIT) profiles[unit.code] = "office";
    else if (unit.code === STOPPED_UNIT) profiles[unit.code] = "stopped";
    else if (LATE_UNITS.includes(unit.code)) profiles[unit.code] = "late";
    else if (!unit.isMember && profileRng.chance(0.12)) profiles[unit.code] = "late";
    else profiles[unit.code] = "diligent";
  }

  // ───────────── users ─────────────
  const peopleRng = root.fork("people");
  const usedNames = new Set<string>(DEMO_ACCOUNTS.map((account) => account.name));
  const personName = () => {
    for (;;) {
      const name = peopleRng.pick(SURNAMES) + peopleRng.pick(GIVEN_NAMES);
      if (!usedNames.has(name)) {
        usedNames.add(name);
        return name;
      }
    }
  };
  const phone = () => `1${peopleRng.pick(["35", "38", "39", "58", "77", "86", "88"])}${String(peopleRng.int(0, 99_999_999)).padStart(8, "0")}`;
  const userCreatedAt = at(addDaysToKey(campaignStartKey, -7), 9 * 60 + 30);
  const users: UserRow[] = [];
  const reporterOf = new Map<string, UserRow>();
  for (const account of DEMO_ACCOUNTS) {
    const user: UserRow = {
      id: userIdOf(account.email),
      zoneId: ZONE_ID,
      unitId: unitId(account.unitCode),
      email: account.email,
      name: account.name,
      phone: phone(),
      title: account.title,
      role: account.role,
      passwordHash,
      active: true,
      createdAt: userCreatedAt,
    };
    users.push(user);
    if (account.role === "REPORTER") reporterOf.set(account.unitCode, user);
  }
  for (const unit of unitSpecs) {
    if (unit.code === OFFICE_UNIT || reporterOf.has(unit.code)) continue;
    const email = `${unit.code}@demo.gov.cn`;
    const user: UserRow = {
      id: userIdOf(email),
      zoneId: ZONE_ID,
      unitId: unitId(unit.code),
      email,
      name: personName(),
      phone: phone(),
      title: `${unit.shortName}${peopleRng.pick(REPORTER_TITLES)}`,
      role: "REPORTER",
      passwordHash,
      active: true,
      createdAt: userCreatedAt,
    };
    users.push(user);
    reporterOf.set(unit.code, user);
  }
  const units: UnitRow[] = unitSpecs.map((unit, index) => {
    const contact = unit.code === OFFICE_UNIT ? users.find((user) => user.id === SUPERVISOR_ID) : reporterOf.get(unit.code);
    return {
      id: unitId(unit.code),
      zoneId: ZONE_ID,
      parkId: unit.parkCode ? parkId(unit.parkCode) : null,
      code: unit.code,
      name: unit.name,
      shortName: unit.shortName,
      kind: unit.kind,
      isMember: unit.isMember,
      active: true,
      contactName: contact?.name ?? null,
      contactPhone: contact?.phone ?? null,
      aliases: [...(UNIT_ALIASES[unit.code] ?? [])],
      sortOrder: index + 1,
    };
  });
  return { unitSpecs, profiles, users, reporterOf, units };
}

export type DemoOrg = ReturnType<typeof buildOrg>;

/** Extra (non-member) units of the larger scales: platform companies, then towns and streets. */
function extraUnits(count: number): (UnitSpec & { isMember: boolean })[] {
  const names: { name: string; shortName: string; kind: UnitSpec["kind"] }[] = COMPANY_NAMES.map((name) => ({
    name,
    shortName: name.replace(/^江州/, "").replace(/(集团)?有限公司$/, ""),
    kind: "OTHER" as const,
  }));
  for (const town of TOWN_NAMES) {
    for (const district of DISTRICT_NAMES) {
      const county = district.endsWith("县");
      names.push({
        name: county ? `${district}${town}镇人民政府` : `${district}${town}街道办事处`,
        shortName: county ? `${district}${town}镇` : `${district}${town}街道`,
        kind: "DISTRICT",
      });
    }
  }
  const units: (UnitSpec & { isMember: boolean })[] = [];
  for (let index = 0; index < count; index += 1) {
    const spec = names[index] ?? { name: `江州市创建工作第${index + 1}专班`, shortName: `第${index + 1}专班`, kind: "OTHER" as const };
    units.push({ code: `x${String(index + 1).padStart(3, "0")}`, ...spec, isMember: false });
  }
  return units;
}
