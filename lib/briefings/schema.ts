import { z } from "zod";
import { id, isoWeekField, plainText } from "@/lib/server/fields";
import { nameList } from "@/lib/documents/schema";

export const createEditionSchema = z.object({ week: isoWeekField });

export const saveEditionSchema = z.object({
  id,
  title: plainText(100),
  summary: plainText(4000),
  praise: plainText(4000),
  criticism: plainText(4000),
  requirements: plainText(4000),
  reportTo: nameList,
  sendTo: nameList,
});

/** Issuing saves the text on the form too, so what is issued is what the office sees. */
export const issueEditionSchema = saveEditionSchema;
