// The escalation ladders' steps and the number of weekly reminder slots: plain constants, free of
// zod, so the settings form can import them without shipping the schemas to the browser.
export const LADDER_STEPS = ["REMIND", "LIAISON", "LEADER", "SUPERVISION", "BULLETIN"] as const;
export type LadderStep = (typeof LADDER_STEPS)[number];

/** The warnings' ladder 联络员 → 分管领导 (lib/reminders/schedule.ts `warningLadder`). */
export const WARNING_LADDER_STEPS = ["LIAISON", "LEADER"] as const;
export type WarningLadderStep = (typeof WARNING_LADDER_STEPS)[number];

/** How many weekly reminder slots the settings form offers. */
export const WEEKLY_SLOT_FIELDS = 3;
