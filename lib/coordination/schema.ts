import { z } from "zod";
import { id, optionalDateKey, optionalId, optionalText, requiredText } from "@/lib/server/fields";
import { ADDRESSEE_KINDS, COORDINATION_STATUSES } from "./workflow";

export { ADDRESSEE_KINDS } from "./workflow";

const requestFields = {
  title: requiredText(100),
  content: requiredText(2000),
  addresseeKind: z.enum(ADDRESSEE_KINDS),
  addressee: requiredText(100),
  workItemId: optionalId,
  dueDate: optionalDateKey,
  /** Only the office chooses the unit; a reporter's request is always its own unit's. */
  unitId: optionalId,
};

export const createCoordinationSchema = z.object(requestFields);
export const updateCoordinationSchema = z.object({ id, ...requestFields });

export const transitionCoordinationSchema = z.object({
  id,
  status: z.enum(COORDINATION_STATUSES),
  outcome: optionalText(2000),
});

export const instructionSchema = z.object({ coordinationRequestId: id, content: requiredText(2000) });
