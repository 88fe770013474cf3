// The .xlsx exports behind app/api/exports/*: each checks the session user's permissions,
// reads through the same queries as the pages and answers with a workbook download.
import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import { authorize, scopeOf } from "@/lib/auth/permissions";
import { formatIsoWeek, localDateKey } from "@/lib/dates/zone-time";
import { currentLocale, getServerTranslator } from "@/lib/i18n/server";
import { db } from "@/lib/db/client";
import { ForbiddenError, NotFoundError } from "@/lib/server/errors";
import { searchRecord } from "@/lib/server/safe-object";
import { defaultBriefingWeek, getWeeklyBriefing } from "./briefing";
import { getLedger } from "./ledger";
import { ledgerInLayout } from "./ledger-layout";
import { getPublishedRanking } from "./ranking";
import { parseLedgerFilters, parseQuarterParam, parseWeekParam } from "./schema";
import { getLandFunnel, listAllFundingItems, listDesignationStatuses, listLandBatches } from "@/lib/resources/queries";
import { briefingWorkbook, designationWorkbook, fundingWorkbook, landWorkbook, ledgerWorkbook, rankingWorkbook, XLSX_MIME, type WorkbookContext } from "./xlsx";

export interface ExportFile {
  fileName: string;
  bytes: Buffer;
}

type Search = Record<string, string | undefined>;

async function workbookContext(user: SessionUser): Promise<WorkbookContext> {
  const [t, locale] = await Promise.all([getServerTranslator(), currentLocale()]);
  return { t, locale, zoneName: user.zoneName, timeZone: user.timeZone, generatedAt: new Date() };
}

export async function exportBriefing(user: SessionUser, search: Search): Promise<ExportFile> {
  authorize(user, "export.read");
  const week = parseWeekParam(search.week) ?? (await defaultBriefingWeek(user));
  const [briefing, context] = await Promise.all([getWeeklyBriefing(user, week), workbookContext(user)]);
  return { fileName: context.t("briefings.xlsx.fileBriefing", { week: formatIsoWeek(week) }), bytes: await briefingWorkbook(briefing, context) };
}

export async function exportLedger(user: SessionUser, search: Search): Promise<ExportFile> {
  const [rows, context] = await Promise.all([getLedger(user, parseLedgerFilters(search)), workbookContext(user)]);
  const scope = scopeOf(user, "export.read") === "own" ? user.unitName : context.t("briefings.ledger.allUnits");
  const fileName = context.t("briefings.xlsx.fileLedger", { date: localDateKey(context.generatedAt, user.timeZone) });
  // In a layout the office mapped at import: its columns, then the ledger's figures.
  if (search.layout) return { fileName, bytes: await ledgerInLayout(user, search.layout, rows, context) };
  return { fileName, bytes: await ledgerWorkbook(rows, { ...context, scope }) };
}

export async function exportRanking(user: SessionUser, search: Search): Promise<ExportFile> {
  authorize(user, "export.read");
  const ranking = await getPublishedRanking(user, parseQuarterParam(search));
  if (!ranking.round) throw new NotFoundError("published ranking");
  const context = await workbookContext(user);
  return {
    fileName: context.t("briefings.xlsx.fileRanking", { year: ranking.round.year, quarter: ranking.round.quarter }),
    bytes: await rankingWorkbook(ranking, context),
  };
}

/** A park filter from the URL, only when it names a park of the actor's zone (else all parks). */
async function parkOf(user: SessionUser, search: Search): Promise<string | undefined> {
  const id = search.park?.trim();
  if (!id) return undefined;
  const park = await db.park.findFirst({ where: { id, zoneId: user.zoneId }, select: { id: true } });
  return park?.id;
}

export async function exportFunds(user: SessionUser, search: Search): Promise<ExportFile> {
  authorize(user, "export.read");
  const [rows, context] = await Promise.all([listAllFundingItems(user, { parkId: await parkOf(user, search) }), workbookContext(user)]);
  return { fileName: context.t("documents.xlsx.fileFunds", { date: localDateKey(context.generatedAt, user.timeZone) }), bytes: await fundingWorkbook(rows, context) };
}

export async function exportLand(user: SessionUser): Promise<ExportFile> {
  authorize(user, "export.read");
  const [batches, funnel, context] = await Promise.all([listLandBatches(user), getLandFunnel(user), workbookContext(user)]);
  return { fileName: context.t("documents.xlsx.fileLand", { date: localDateKey(context.generatedAt, user.timeZone) }), bytes: await landWorkbook(batches, { ...context, neededMu: funnel.neededMu }) };
}

export async function exportDesignations(user: SessionUser, search: Search): Promise<ExportFile> {
  authorize(user, "export.read");
  const parkId = await parkOf(user, search);
  const [rows, context] = await Promise.all([listDesignationStatuses(user), workbookContext(user)]);
  return {
    fileName: context.t("documents.xlsx.fileDesignations", { date: localDateKey(context.generatedAt, user.timeZone) }),
    bytes: await designationWorkbook(parkId ? rows.filter((row) => row.park?.id === parkId) : rows, context),
  };
}

/** Runs an export for a route handler: 401 without a session, 403/404 as the permissions say. */
export async function exportResponse(user: SessionUser | null, request: Request, build: (user: SessionUser, search: Search) => Promise<ExportFile>): Promise<Response> {
  if (!user) return new Response("Unauthorized", { status: 401 });
  try {
    const search = searchRecord(new URL(request.url).searchParams);
    const file = await build(user, search);
    return new Response(new Uint8Array(file.bytes), {
      headers: {
        "content-type": XLSX_MIME,
        "content-length": String(file.bytes.length),
        "content-disposition": `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
        "x-content-type-options": "nosniff",
        "cache-control": "private, no-store",
      },
    });
  } catch (error) {
    if (error instanceof ForbiddenError) return new Response("Forbidden", { status: 403 });
    if (error instanceof NotFoundError) return new Response("Not found", { status: 404 });
    throw error;
  }
}
