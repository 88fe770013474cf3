import { z } from "zod";
import { asText, type Text } from "@/lib/i18n/deferred";
import { parseStoredJson } from "@/lib/server/stored-json";

// Notification.message (stored JSON): the title and body as message keys (lib/i18n/deferred.ts),
// rendered in the reader's language. Rows written before it existed hold null.
const storedText = z.custom<Text>((value) => asText(value) !== null, { message: "neither a text nor a message key" });

export const notificationMessageSchema = z.object({ title: storedText.optional(), body: storedText.nullable().optional() }).nullable();

export function parseNotificationMessage(value: unknown): { title: Text | null; body: Text | null } {
  const message = parseStoredJson(notificationMessageSchema, value, "Notification.message");
  return { title: message?.title ?? null, body: message?.body ?? null };
}
