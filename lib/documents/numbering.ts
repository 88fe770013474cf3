// Per-year numbers of a document series (简报 第 N 期), the way notice numbers are taken: one
// statement increments the zone's counter row inside the issuing transaction, so concurrent
// issuers queue on the row lock and a failed issue gives its number back (no gaps, no duplicates).
import type { TxClient } from "@/lib/db/client";

export type DocumentSeries = "briefing";

export async function nextDocumentSeq(tx: TxClient, zoneId: string, series: DocumentSeries, year: number): Promise<number> {
  const rows = await tx.$queryRaw<{ lastSeq: number }[]>`
    INSERT INTO "DocumentCounter" ("zoneId", "series", "year", "lastSeq") VALUES (${zoneId}, ${series}, ${year}, 1)
    ON CONFLICT ("zoneId", "series", "year") DO UPDATE SET "lastSeq" = "DocumentCounter"."lastSeq" + 1
    RETURNING "lastSeq"
  `;
  return rows[0].lastSeq;
}

/** 第 12 期 */
export function issueLabel(seq: number | null): string {
  return seq === null ? "（未印发）" : `第${seq}期`;
}
