import { describe, expect, it } from "vitest";
import { zonedInstant } from "@/lib/dates/zone-time";
import { STATE_DAYS_2026_2027, zoneCalendar } from "../support/calendar";
import { currentSlotStart } from "@/lib/warnings/schedule";
import { shouldSchedule } from "@/lib/warnings/scheduler";

const TZ = "Asia/Shanghai";
const zones = [zoneCalendar()];
const at = (day: string, time: string) => zonedInstant(day, time, TZ);

describe("the warning schedule", () => {
  it("has a slot at the top of every hour", () => {
    expect(currentSlotStart(at("2026-11-18", "10:20"), zones)).toEqual(at("2026-11-18", "10:00"));
    expect(currentSlotStart(at("2026-11-18", "11:00"), zones)).toEqual(at("2026-11-18", "11:00"));
  });

  it("has a slot one minute after the weekly deadline, on the zone's clock", () => {
    // A deadline at 18:30 sits between two hours.
    const halfPast = [zoneCalendar({ deadline: { weekday: 5, time: "18:30" } })];
    expect(currentSlotStart(at("2026-11-20", "18:40"), halfPast)).toEqual(at("2026-11-20", "18:31"));
    expect(currentSlotStart(at("2026-11-20", "18:40"), zones)).toEqual(at("2026-11-20", "18:01"));
  });

  it("follows a deadline a holiday moved: 2026-W40's is Wednesday 09-30 18:00 (国庆)", () => {
    const holidays = [zoneCalendar({}, STATE_DAYS_2026_2027)];
    expect(currentSlotStart(at("2026-09-30", "18:02"), holidays)).toEqual(at("2026-09-30", "18:01"));
    // Without the holiday calendar, Wednesday 18:02 is only in the 18:00 hourly slot.
    expect(currentSlotStart(at("2026-09-30", "18:02"), zones)).toEqual(at("2026-09-30", "18:00"));
  });

  it("puts each instant in one slot, so a zone is evaluated once per slot", () => {
    expect(currentSlotStart(at("2026-11-20", "18:00:30"), zones)).toEqual(at("2026-11-20", "18:00"));
    expect(currentSlotStart(at("2026-11-20", "18:02"), zones)).toEqual(at("2026-11-20", "18:01"));
    expect(currentSlotStart(at("2026-11-20", "19:10"), zones)).toEqual(at("2026-11-20", "19:00"));
  });

  it("never runs during next build, in tests, when switched off or without a database", () => {
    const base = { DATABASE_URL: "postgresql://x/y", NODE_ENV: "production" } as NodeJS.ProcessEnv;
    expect(shouldSchedule(base)).toBe(true);
    expect(shouldSchedule({ ...base, NEXT_PHASE: "phase-production-build" })).toBe(false);
    expect(shouldSchedule({ ...base, NODE_ENV: "test" })).toBe(false);
    expect(shouldSchedule({ ...base, WARNINGS_SCHEDULE: "off" })).toBe(false);
    expect(shouldSchedule({ ...base, DATABASE_URL: "" })).toBe(false);
  });
});
