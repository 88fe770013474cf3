// The demo generator is refactored by domain (lib/seed/): the demo it generates must stay the
// same row for row. At a fixed seed and day, every table's row count and a SHA-256 of its rows
// (canonical JSON: sorted keys, dates as ISO strings) are compared with those the generator gave
// before the split into builders (recorded from generateDemo at commit 543f553). A deliberate
// change to the demo updates these figures in the same commit, saying why.
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { generateDemo } from "@/lib/seed/generate";
import { TABLE_ORDER, type DemoData } from "@/lib/seed/types";

const TODAY = new Date("2026-11-26T15:00:00+08:00");
/** Generating scale m takes seconds on a busy machine; the test compares rows, not speed. */
const SLOW = 120_000;

function canonical(value: unknown): string {
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value && typeof value === "object") {
    return `{${Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonical((value as Record<string, unknown>)[key])}`)
      .join(",")}}`;
  }
  return JSON.stringify(value) ?? "undefined";
}

function fingerprint(data: DemoData): Record<string, string> {
  return Object.fromEntries(TABLE_ORDER.map((table) => [table, `${data[table].length} ${createHash("sha256").update(canonical(data[table])).digest("hex").slice(0, 16)}`]));
}

describe("the generated demo at a fixed seed", () => {
  it("scale s: every table as before", () => {
    const data = generateDemo({ scale: "s", today: TODAY, seed: 20260101 });
    expect(fingerprint(data)).toEqual(EXPECTED_S);
    expect(createHash("sha256").update(canonical(data.meta)).digest("hex").slice(0, 16)).toBe(EXPECTED_META_S);
  }, SLOW);

  it("scale m (extra units and items): every table as before", () => {
    const data = generateDemo({ scale: "m", today: TODAY, seed: 20260101 });
    expect(fingerprint(data)).toEqual(EXPECTED_M);
    expect(createHash("sha256").update(canonical(data.meta)).digest("hex").slice(0, 16)).toBe(EXPECTED_META_M);
  }, SLOW);
});

const EXPECTED_META_S = "4a84556aaed71f61";
/** Rows and the first 16 hex digits of their SHA-256, per table. */
const EXPECTED_S: Record<string, string> = {
  zones: "1 351d6ea95f1ad655",
  calendarDays: "45 d9c5d0b31463efdb",
  parks: "3 e14dc260b16a9861",
  units: "25 3fd98b3d2aa2b2c7",
  users: "28 f7bab9c8c2a14bb4",
  tasks: "4 0e9a8c8dde486857",
  measures: "22 7aee800e970db340",
  workItems: "100 45cbc591dab0c9ea",
  workItemCooperators: "165 461c757b34f9c4d4",
  workItemIndicators: "58 116e4dbfca909c97",
  workItemMilestones: "2 8a0dcc1d517c5e71",
  weeklyReports: "437 27ec2fbb9fb21917",
  reportEntries: "1460 51a6c82409913b20",
  indicatorValues: "1011 41de375510e73090",
  inspections: "48 51101e53713591d1",
  meetings: "7 932f3a2e3d73dc3d",
  meetingAttendees: "113 4e684446857b53bd",
  meetingDecisions: "18 f692eba7760f4a3f",
  assessmentWeights: "5 602d6167e2907aa0",
  // The demo round scores parts without data with the round's lowest score (ROUND_LOWEST, the new default), so the three assessment tables changed.
  assessmentRounds: "1 48dcc102eab0f68a",
  assessments: "46 0086712f75030f9e",
  assessmentComponents: "230 5b3b71f9679ddb56",
  designations: "4 a54b055087aa104a",
  designationSteps: "19 7673a7bf240800e5",
  officialVisits: "5 424197835922ed08",
  fundingItems: "6 3b0cb89be0057ae2",
  landBatches: "3 a6a4adfdcb402711",
  landProjects: "10 fa553986ff9252aa",
  planningAdjustments: "1 e3f5d5f52eb7215d",
  planningAdjustmentSteps: "6 228d5d52f27bc0f8",
  coordinationRequests: "7 4dd99ce987b641db",
  evaluationSystems: "1 38ccc970ae1c2e94",
  evaluationGroups: "5 c30834f55f045f81",
  evaluationIndicators: "45 366d7a419c78b106",
  readinessSettings: "1 6a80c5c874a0ffe1",
  readinessFigures: "45 5d6df91e2d2b8e09",
  readinessValues: "113 f480da41643b4122",
  readinessLinks: "17 51ae8fa968419f9a",
};

const EXPECTED_META_M = "1df0a7869b7f99da";
const EXPECTED_M: Record<string, string> = {
  zones: "1 12da2e956e9a178f",
  calendarDays: "45 d9c5d0b31463efdb",
  parks: "3 e14dc260b16a9861",
  units: "60 8cc8799c72237f06",
  users: "63 f6b53f992aabd65e",
  tasks: "4 0e9a8c8dde486857",
  measures: "22 7aee800e970db340",
  workItems: "238 eca56c051295c8e2",
  workItemCooperators: "341 6f767abf6b09c115",
  workItemIndicators: "172 ac8c4e1bc29f277b",
  workItemMilestones: "2 05a88f429f56d2b3",
  weeklyReports: "2391 5e3785e1de338bc8",
  reportEntries: "6073 35581aa0b7797731",
  indicatorValues: "4969 02a51b3d0a0842b4",
  inspections: "104 03e358da64800f2a",
  meetings: "14 3f94121ca090ba43",
  meetingAttendees: "212 fabcd8222f42adcd",
  meetingDecisions: "38 c44480d7545415c7",
  assessmentWeights: "5 602d6167e2907aa0",
  assessmentRounds: "1 48dcc102eab0f68a",
  assessments: "114 9e7cfb87e1ba4d91",
  assessmentComponents: "570 09a112c91671fcd8",
  designations: "4 a54b055087aa104a",
  designationSteps: "19 5f470c28c3f8d70c",
  officialVisits: "5 d0110a69cb190972",
  fundingItems: "6 3b0cb89be0057ae2",
  landBatches: "3 a6a4adfdcb402711",
  landProjects: "10 fa553986ff9252aa",
  planningAdjustments: "1 e3f5d5f52eb7215d",
  planningAdjustmentSteps: "6 a182377e549c1289",
  coordinationRequests: "7 4dd99ce987b641db",
  evaluationSystems: "1 488506bd404eb867",
  evaluationGroups: "5 c30834f55f045f81",
  evaluationIndicators: "45 366d7a419c78b106",
  readinessSettings: "1 6a80c5c874a0ffe1",
  readinessFigures: "45 def650d65bd52cdb",
  readinessValues: "113 7f4322de439bcabb",
  readinessLinks: "17 b32031716eba2d2b",
};
