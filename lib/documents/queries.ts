// Reads of the documents feature: the zone's document settings.
import "server-only";
import { authorize, type Actor } from "@/lib/auth/permissions";
import { db, type TxClient } from "@/lib/db/client";
import { resolveDocumentSettings, type DocumentSettings } from "./settings";

type Client = typeof db | TxClient;

/** The name every empty setting falls back to: the office unit's, else the zone's. */
async function officeName(client: Client, zoneId: string): Promise<string> {
  const office = await client.unit.findFirst({ where: { zoneId, kind: "OFFICE" }, orderBy: [{ sortOrder: "asc" }, { code: "asc" }], select: { name: true } });
  if (office) return office.name;
  return (await client.zone.findUniqueOrThrow({ where: { id: zoneId }, select: { name: true } })).name;
}

/** The settings with their fallbacks, for writing documents (any reader of a document). */
export async function loadDocumentSettings(client: Client, zoneId: string): Promise<DocumentSettings> {
  const [stored, fallback] = await Promise.all([client.zoneDocumentSettings.findUnique({ where: { zoneId } }), officeName(client, zoneId)]);
  return resolveDocumentSettings(stored, fallback);
}

export interface DocumentSettingsForm {
  /** As stored: an empty name stays empty (it falls back to `officeName`). */
  stored: DocumentSettings;
  officeName: string;
}

export async function getDocumentSettingsForm(actor: Actor): Promise<DocumentSettingsForm> {
  authorize(actor, "documentSettings.manage");
  const [stored, fallback] = await Promise.all([db.zoneDocumentSettings.findUnique({ where: { zoneId: actor.zoneId } }), officeName(db, actor.zoneId)]);
  const defaults = resolveDocumentSettings(null, fallback);
  return {
    stored: {
      issuerName: stored?.issuerName ?? "",
      signatureName: stored?.signatureName ?? "",
      noticeCode: stored?.noticeCode || defaults.noticeCode,
      printedBy: stored?.printedBy ?? "",
      copyTo: stored?.copyTo ?? [],
      briefingName: stored?.briefingName || defaults.briefingName,
      briefingEditor: stored?.briefingEditor ?? "",
      briefingReportTo: stored?.briefingReportTo ?? [],
      briefingSendTo: stored?.briefingSendTo ?? [],
    },
    officeName: fallback,
  };
}
