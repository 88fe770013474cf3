"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Badge, type Tone } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/form";
import { Table, Td, Th } from "@/components/ui/table";
import type { ImportProgress, PlanImportReport } from "@/lib/plan/plan-import";
import { PLAN_COLUMNS } from "@/lib/plan/plan-sheet";

type Mode = "dry-run" | "commit";

const CHANGE_TONES: Record<string, Tone> = { create: "green", update: "blue", unchanged: "gray" };
const HEADERS = Object.fromEntries(PLAN_COLUMNS.map((column) => [column.key, column.header.replace(/（.*）/, "")]));

/** Reads the import route's stream: progress lines, then the report (or an error). */
async function runImport(file: File, mode: Mode, onProgress: (progress: ImportProgress) => void): Promise<PlanImportReport> {
  const body = new FormData();
  body.set("file", file);
  body.set("mode", mode);
  const response = await fetch("/api/plan/import", { method: "POST", body });
  if (!response.ok || !response.body) throw new Error(response.statusText || String(response.status));
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = "";
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += value;
    const lines = buffer.split("\n");
    buffer = lines.pop() ?? "";
    for (const line of lines.filter(Boolean)) {
      const message = JSON.parse(line);
      if (message.type === "progress") onProgress(message);
      else if (message.type === "result") return message.report;
      else if (message.type === "error") throw new Error(message.message);
    }
  }
  throw new Error("incomplete response");
}

export function ImportPanel() {
  const t = useTranslations("planManage.import");
  const router = useRouter();
  const [file, setFile] = useState<File | null>(null);
  const [running, setRunning] = useState<Mode | null>(null);
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const [report, setReport] = useState<PlanImportReport | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [onlyErrors, setOnlyErrors] = useState(true);

  async function start(mode: Mode) {
    if (!file) {
      setFailure(t("chooseFile"));
      return;
    }
    setRunning(mode);
    setFailure(null);
    setProgress(null);
    try {
      const result = await runImport(file, mode, setProgress);
      setReport(result);
      if (result.committed) router.refresh();
    } catch (error) {
      setFailure(t("failed", { message: error instanceof Error ? error.message : String(error) }));
    } finally {
      setRunning(null);
    }
  }

  const phaseLabel = (phase: ImportProgress["phase"]) => t(phase === "write" ? "phaseWrite" : phase === "read" ? "phaseRead" : "phaseValidate");
  const clean = report && report.errorCount === 0;
  const rows = report ? report.rows.filter((row) => !onlyErrors || row.errors.length > 0 || report.errorCount === 0) : [];
  const changed = report ? report.tasks.create + report.tasks.update + report.measures.create + report.measures.update + report.items.create + report.items.update : 0;

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-end gap-3">
        <Field label={t("file")} htmlFor="plan-file" className="min-w-72">
          <Input
            id="plan-file"
            type="file"
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            onChange={(event) => {
              setFile(event.target.files?.[0] ?? null);
              setReport(null);
              setFailure(null);
            }}
          />
        </Field>
        <Button type="button" variant="secondary" onClick={() => start("dry-run")} disabled={running !== null}>
          {running === "dry-run" ? t("checking") : t("dryRun")}
        </Button>
        <Button type="button" onClick={() => start("commit")} disabled={running !== null || !clean || report.committed} data-testid="commit-import">
          {running === "commit" ? t("importing") : t("commit")}
        </Button>
      </div>

      {running && (
        <div role="status" className="space-y-1" data-testid="import-progress">
          <progress className="h-2 w-full max-w-xl" value={progress?.done ?? 0} max={Math.max(1, progress?.total ?? 1)} />
          <p className="text-sm text-slate-600">{progress ? t("progress", { phase: phaseLabel(progress.phase), done: progress.done, total: progress.total }) : running === "commit" ? t("importing") : t("checking")}</p>
        </div>
      )}

      {failure && (
        <div role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-700">
          {failure}
        </div>
      )}

      {report && (
        <div className="space-y-3" data-testid="import-report">
          {report.fileErrors.map((message) => (
            <div key={message} role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-700">
              {message}
            </div>
          ))}
          <div role="status" className={report.errorCount ? "rounded-md bg-red-50 px-3 py-2 text-sm text-red-700" : "rounded-md bg-green-50 px-3 py-2 text-sm text-green-800"} data-testid="import-status">
            {report.errorCount
              ? t("hasErrors", { count: report.errorCount })
              : report.committed
                ? changed
                  ? t("done")
                  : t("nothingToDo")
                : t("clean")}
          </div>
          {report.rows.length > 0 && (
            <>
              <p className="text-sm text-slate-600">
                {t("summary", {
                  rows: report.rows.length,
                  tasksCreate: report.tasks.create,
                  tasksUpdate: report.tasks.update,
                  measuresCreate: report.measures.create,
                  measuresUpdate: report.measures.update,
                  itemsCreate: report.items.create,
                  itemsUpdate: report.items.update,
                  itemsUnchanged: report.items.unchanged,
                })}
              </p>
              {report.errorCount > 0 && (
                <label className="flex items-center gap-2 text-sm text-slate-700">
                  <input type="checkbox" checked={onlyErrors} onChange={(event) => setOnlyErrors(event.target.checked)} className="h-4 w-4 rounded border-slate-300" />
                  {t("onlyErrors")}
                </label>
              )}
              <Table caption={t("title")}>
                <thead>
                  <tr>
                    <Th>{t("row")}</Th>
                    <Th>{t("kind")}</Th>
                    <Th>{HEADERS.itemCode}</Th>
                    <Th className="min-w-56">{HEADERS.itemTitle}</Th>
                    <Th>{HEADERS.leadUnit}</Th>
                    <Th>{t("change")}</Th>
                    <Th className="min-w-72">{t("errorsColumn")}</Th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-slate-100">
                  {rows.map((row) => (
                    <tr key={row.row} data-testid="import-row" data-has-errors={row.errors.length > 0 || undefined} className={row.errors.length ? "bg-red-50/40" : undefined}>
                      <Td className="tabular-nums">{row.row}</Td>
                      <Td className="whitespace-nowrap">{t(`kinds.${row.kind}`)}</Td>
                      <Td className="whitespace-nowrap font-mono text-xs">{row.kind === "item" ? row.values.itemCode : row.kind === "measure" ? row.values.measureCode : row.values.taskCode}</Td>
                      <Td>{row.kind === "item" ? row.values.itemTitle : row.kind === "measure" ? row.values.measureTitle : row.values.taskTitle}</Td>
                      <Td className="text-xs">{row.values.leadUnit}</Td>
                      <Td>{row.change && <Badge tone={CHANGE_TONES[row.change]}>{t(`changes.${row.change}`)}</Badge>}</Td>
                      <Td className="text-xs text-red-700">
                        <ul className="space-y-0.5">
                          {row.errors.map((error) => (
                            <li key={`${error.column}-${error.message}`}>
                              {error.column ? `${HEADERS[error.column]}：` : ""}
                              {error.message}
                            </li>
                          ))}
                        </ul>
                      </Td>
                    </tr>
                  ))}
                </tbody>
              </Table>
            </>
          )}
        </div>
      )}
    </div>
  );
}
