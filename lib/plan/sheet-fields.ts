// The fields a column of an office's plan sheet can hold, in the mapping step's order. Its own
// module without zod: the import panel (client code) lists them, and zod stays off the client
// (tests/unit/client-messages.test.ts).
export const FIELD_KEYS = [
  "seq",
  "taskCode",
  "taskTitle",
  "measureCode",
  "measureTitle",
  "itemCode",
  "itemTitle",
  "responsible",
  "leadUnit",
  "cooperators",
  "leaderName",
  "ownerName",
  "startDate",
  "dueDate",
  "recurrence",
  "milestone",
  "deliverable",
  "indicatorName",
  "indicatorUnit",
  "indicatorDirection",
  "indicatorBaseline",
  "indicatorTarget",
  "plannedCurve",
  "description",
] as const;

export type FieldKey = (typeof FIELD_KEYS)[number];
