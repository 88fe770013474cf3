import "server-only";
import { authorize, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { NotFoundError } from "@/lib/server/errors";
import { readStoredFile } from "./storage";

/**
 * An attachment for download, checked against the permission of the record it belongs to:
 * a report entry's file follows report.read, a notice response's follows notice.read, …
 */
export async function getAttachmentForDownload(actor: Actor, id: string): Promise<{ fileName: string; mimeType: string; bytes: Buffer }> {
  const attachment = await db.attachment.findFirst({
    where: { id, zoneId: actor.zoneId },
    include: {
      reportEntry: { select: { report: { select: { unitId: true } } } },
      noticeResponse: { select: { notice: { select: { unitId: true } } } },
      inspection: { select: { unitId: true } },
      meeting: { select: { id: true } },
    },
  });
  if (!attachment) throw new NotFoundError("attachment");
  if (attachment.reportEntry) authorize(actor, "report.read", { unitId: attachment.reportEntry.report.unitId });
  else if (attachment.noticeResponse) authorize(actor, "notice.read", { unitId: attachment.noticeResponse.notice.unitId });
  else if (attachment.inspection) authorize(actor, "inspection.read", { unitId: attachment.inspection.unitId });
  else if (attachment.meeting) authorize(actor, "meeting.read");
  else throw new NotFoundError("attachment"); // an orphan is nobody's to read
  const bytes = await readStoredFile(attachment.storageKey).catch(() => {
    throw new NotFoundError("attachment file");
  });
  return { fileName: attachment.fileName, mimeType: attachment.mimeType, bytes };
}
