// Document settings for a page that shows a document's name (the bulletin's, the office's).
import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { loadDocumentSettings } from "./queries";
import type { DocumentSettings } from "./settings";

export async function loadSettingsFor(actor: Actor): Promise<DocumentSettings> {
  return loadDocumentSettings(db, actor.zoneId);
}
