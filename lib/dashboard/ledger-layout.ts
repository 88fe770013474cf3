import "server-only";
// The ledger (台账) in the office's own layout: the plan's columns as the office mapped them at
// import (lib/plan/plan-export.ts), then the ledger's figures. Plan items only: meeting
// decisions have no place in the office's list.
import type { SessionUser } from "@/lib/auth/session";
import { ledgerLayoutWorkbook, type LedgerFigures } from "@/lib/plan/plan-export";
import type { LedgerRow } from "./ledger";
import { percentCell, type WorkbookContext } from "./xlsx";

/** Fractions with a % format, as the ledger sheet writes them (lib/dashboard/xlsx.ts). */
const PERCENT = "0.0%";
const DATE_TIME = "yyyy-mm-dd hh:mm";

export async function ledgerInLayout(user: SessionUser, layoutId: string, rows: LedgerRow[], context: WorkbookContext): Promise<Buffer> {
  const { t } = context;
  const figures = new Map<string, LedgerFigures>(
    rows
      .filter((row) => row.source === "PLAN")
      .map((row) => [row.code, { progress: row.progress, planned: row.planned, status: t(`enums.WorkItemStatus.${row.status}`), lastReportedAt: row.lastReportedAt, openWarnings: row.openWarnings }]),
  );
  const extra = [
    { header: t("briefings.ledger.progress"), width: 11, format: PERCENT },
    { header: t("briefings.ledger.planned"), width: 11, format: PERCENT },
    { header: t("briefings.ledger.status"), width: 10 },
    { header: t("briefings.ledger.lastReported"), width: 18, format: DATE_TIME },
    { header: t("briefings.ledger.openWarnings"), width: 10, format: "0" },
  ];
  return ledgerLayoutWorkbook(user, layoutId, figures, extra, (row) => [
    percentCell(row.progress),
    percentCell(row.planned),
    row.status,
    row.lastReportedAt ? new Date(`${row.lastReportedAt.toLocaleString("sv-SE", { timeZone: context.timeZone }).replace(" ", "T")}Z`) : null,
    row.openWarnings,
  ]);
}
