"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Badge, type Tone } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/form";
import { Table, Td, Th } from "@/components/ui/table";
import type { ImportLayout, ImportProgress, PlanImportReport } from "@/lib/plan/plan-import";
import { FIELD_KEYS, type FieldKey } from "@/lib/plan/sheet-fields";
import type { ImportOptions } from "@/lib/plan/sheet-layout";

type Mode = "dry-run" | "commit";

const CHANGE_TONES: Record<string, Tone> = { create: "green", update: "blue", unchanged: "gray" };
const HEADER_ROW_CHOICES = 20;

function columnLetter(index: number): string {
  let name = "";
  for (let value = index + 1; value > 0; value = Math.floor((value - 1) / 26)) name = String.fromCharCode(65 + ((value - 1) % 26)) + name;
  return name;
}

interface Mapping {
  headerRow: number;
  fields: [number, FieldKey | null][];
  options: ImportOptions;
}

function requestBody(file: File, mode: string, mapping: Mapping | null, edits: Map<string, { row: number; column: number; value: string }>, headerRow?: number): FormData {
  const body = new FormData();
  body.set("file", file);
  body.set("mode", mode);
  if (mapping) body.set("mapping", JSON.stringify(mapping));
  if (edits.size) body.set("edits", JSON.stringify([...edits.values()]));
  if (headerRow !== undefined) body.set("headerRow", String(headerRow));
  return body;
}

/** Reads the import route's stream: progress lines, then the report (or an error). */
async function runImport(body: FormData, onProgress: (progress: ImportProgress) => void): Promise<PlanImportReport> {
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
      else if (message.type === "queued") return followImport(message.id, onProgress);
      else if (message.type === "result") return message.report;
      else if (message.type === "error") throw new Error(message.message);
    }
  }
  throw new Error("incomplete response");
}

/** Follows a queued import (a job on the server) until its worker has finished it. */
async function followImport(id: string, onProgress: (progress: ImportProgress) => void): Promise<PlanImportReport> {
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const response = await fetch(`/api/plan/import/${encodeURIComponent(id)}`, { cache: "no-store" });
    if (!response.ok) throw new Error(response.statusText || String(response.status));
    const state = (await response.json()) as { status: "RUNNING" | "SUCCEEDED" | "FAILED"; phase: ImportProgress["phase"] | null; done: number; total: number; report: PlanImportReport | null; error: string | null };
    if (state.phase) onProgress({ phase: state.phase, done: state.done, total: state.total });
    if (state.status === "SUCCEEDED" && state.report) return state.report;
    if (state.status === "FAILED") throw new Error(state.error ?? "");
  }
}

export function ImportPanel() {
  const t = useTranslations("planManage.import");
  const router = useRouter();
  const [file, setFile] = useState<File | null>(null);
  const [layout, setLayout] = useState<ImportLayout | null>(null);
  const [fields, setFields] = useState<Map<number, FieldKey | null>>(new Map());
  const [options, setOptions] = useState<ImportOptions | null>(null);
  const [showMapping, setShowMapping] = useState(false);
  const [mappingConfirmed, setMappingConfirmed] = useState(false);
  const [edits, setEdits] = useState<Map<string, { row: number; column: number; value: string }>>(new Map());
  const [running, setRunning] = useState<Mode | "layout" | "errors" | null>(null);
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const [report, setReport] = useState<PlanImportReport | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [onlyErrors, setOnlyErrors] = useState(true);

  const mapping = (): Mapping | null =>
    layout && !layout.template && mappingConfirmed && options ? { headerRow: layout.headerRow, fields: layout.columns.map((column) => [column.index, fields.has(column.index) ? fields.get(column.index)! : column.field]), options } : null;

  async function inspect(chosenFile: File, headerRow?: number): Promise<ImportLayout | null> {
    setRunning("layout");
    setFailure(null);
    try {
      const response = await fetch("/api/plan/import", { method: "POST", body: requestBody(chosenFile, "layout", null, new Map(), headerRow) });
      if (!response.ok) throw new Error(response.statusText || String(response.status));
      // A refused upload (too large, unreadable) answers as the import does: one error line.
      const answer = JSON.parse((await response.text()).split("\n")[0]) as { layout: ImportLayout | null; fileErrors: string[] } | { type: "error"; message: string };
      if ("type" in answer) {
        setFailure(answer.message);
        return null;
      }
      const found = answer;
      if (!found.layout) {
        setFailure(found.fileErrors.join(" "));
        return null;
      }
      setLayout(found.layout);
      setFields(new Map(found.layout.columns.map((column) => [column.index, column.field])));
      setOptions(found.layout.options);
      setShowMapping(!found.layout.template && !found.layout.remembered);
      setMappingConfirmed(found.layout.remembered);
      return found.layout;
    } catch (error) {
      setFailure(t("failed", { message: error instanceof Error ? error.message : String(error) }));
      return null;
    } finally {
      setRunning(null);
    }
  }

  async function start(mode: Mode, confirmedMapping: Mapping | null = mapping()) {
    if (!file) {
      setFailure(t("chooseFile"));
      return;
    }
    let current = layout;
    if (!current) {
      current = await inspect(file);
      if (!current) return;
      // A sheet laid out differently from the template goes through the mapping step first.
      if (!current.template && !current.remembered) return;
    }
    setRunning(mode);
    setFailure(null);
    setProgress(null);
    try {
      const result = await runImport(requestBody(file, mode, confirmedMapping, edits), setProgress);
      setReport(result);
      if (result.needsMapping) setShowMapping(true);
      if (result.committed) router.refresh();
    } catch (error) {
      setFailure(t("failed", { message: error instanceof Error ? error.message : String(error) }));
      // A queued import that failed: the latest-import card below shows it, with its retry.
      if (mode === "commit") router.refresh();
    } finally {
      setRunning(null);
    }
  }

  async function downloadErrors() {
    if (!file) return;
    setRunning("errors");
    try {
      const response = await fetch("/api/plan/import", { method: "POST", body: requestBody(file, "errors", mapping(), edits) });
      if (!response.ok) throw new Error(response.statusText || String(response.status));
      const url = URL.createObjectURL(await response.blob());
      const link = document.createElement("a");
      link.href = url;
      link.download = `${file.name.replace(/\.xlsx$/i, "")}-错误说明.xlsx`;
      document.body.append(link);
      link.click();
      link.remove();
      URL.revokeObjectURL(url);
    } catch (error) {
      setFailure(t("failed", { message: error instanceof Error ? error.message : String(error) }));
    } finally {
      setRunning(null);
    }
  }

  const phaseLabel = (phase: ImportProgress["phase"]) => t(phase === "write" ? "phaseWrite" : phase === "read" ? "phaseRead" : "phaseValidate");
  const clean = report && report.errorCount === 0 && !report.needsMapping;
  const rows = report ? report.rows.filter((row) => !onlyErrors || row.errors.length > 0 || report.errorCount === 0) : [];
  const changed = report ? report.tasks.create + report.tasks.update + report.measures.create + report.measures.update + report.items.create + report.items.update : 0;
  const busy = running !== null;

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
              setLayout(null);
              setReport(null);
              setFailure(null);
              setEdits(new Map());
              setMappingConfirmed(false);
              setShowMapping(false);
            }}
          />
        </Field>
        <Button type="button" variant="secondary" onClick={() => start("dry-run")} disabled={busy}>
          {running === "dry-run" || running === "layout" ? t("checking") : t("dryRun")}
        </Button>
        <Button type="button" onClick={() => start("commit")} disabled={busy || !clean || report.committed} data-testid="commit-import">
          {running === "commit" ? t("importing") : t("commit")}
        </Button>
      </div>

      {layout && !layout.template && (
        <section className="space-y-3 rounded-md border border-slate-200 p-3" data-testid="mapping-step">
          <div className="flex flex-wrap items-center justify-between gap-2">
            <div>
              <h3 className="text-sm font-semibold text-slate-800">{t("mapping.title")}</h3>
              <p className="text-xs text-slate-500">{layout.remembered ? t("mapping.remembered") : t("mapping.hint")}</p>
            </div>
            <Button type="button" variant="ghost" onClick={() => setShowMapping((shown) => !shown)}>
              {showMapping ? t("mapping.hide") : t("mapping.show")}
            </Button>
          </div>
          {showMapping && options && (
            <>
              <div className="grid gap-3 sm:grid-cols-3">
                <Field label={t("mapping.headerRow")} htmlFor="header-row">
                  <Select id="header-row" value={layout.headerRow} onChange={(event) => file && void inspect(file, Number(event.target.value))}>
                    {Array.from({ length: HEADER_ROW_CHOICES }, (_, index) => (
                      <option key={index} value={index}>{t("mapping.rowNumber", { row: index + 1 })}</option>
                    ))}
                  </Select>
                </Field>
                <Field label={t("mapping.planYear")} htmlFor="plan-year" hint={t("mapping.planYearHint")}>
                  <Input id="plan-year" type="number" min={2000} max={2100} value={options.planYear} onChange={(event) => setOptions({ ...options, planYear: Number(event.target.value) })} />
                </Field>
                <Field label={t("mapping.planStart")} htmlFor="plan-start" hint={t("mapping.planStartHint")}>
                  <Input id="plan-start" type="date" value={options.planStart} onChange={(event) => setOptions({ ...options, planStart: event.target.value })} />
                </Field>
              </div>
              <Table caption={t("mapping.title")}>
                <thead>
                  <tr>
                    <Th>{t("mapping.column")}</Th>
                    <Th>{t("mapping.header")}</Th>
                    <Th className="min-w-48">{t("mapping.samples")}</Th>
                    <Th className="min-w-48">{t("mapping.field")}</Th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-slate-100">
                  {layout.columns.map((column) => {
                    const header = column.parent ? `${column.parent} / ${column.label}` : column.label;
                    return (
                      <tr key={column.index} data-testid="mapping-row">
                        <Td className="font-mono text-xs">{columnLetter(column.index)}</Td>
                        <Td>{header || "—"}</Td>
                        <Td className="text-xs text-slate-500">{column.samples.join(" · ")}</Td>
                        <Td>
                          <Select
                            aria-label={t("mapping.fieldFor", { header: header || columnLetter(column.index) })}
                            value={fields.get(column.index) ?? ""}
                            onChange={(event) => setFields(new Map(fields).set(column.index, (event.target.value || null) as FieldKey | null))}
                          >
                            <option value="">{t("mapping.ignore")}</option>
                            {FIELD_KEYS.map((field) => (
                              <option key={field} value={field}>{t(`fields.${field}`)}</option>
                            ))}
                          </Select>
                        </Td>
                      </tr>
                    );
                  })}
                </tbody>
              </Table>
              <Button
                type="button"
                onClick={() => {
                  setMappingConfirmed(true);
                  setShowMapping(false);
                  const confirmed: Mapping = { headerRow: layout.headerRow, fields: layout.columns.map((column) => [column.index, fields.get(column.index) ?? null]), options };
                  void start("dry-run", confirmed);
                }}
                disabled={busy}
                data-testid="confirm-mapping"
              >
                {t("mapping.confirm")}
              </Button>
            </>
          )}
        </section>
      )}

      {running && running !== "errors" && (
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

      {report && !report.needsMapping && (
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
                <div className="flex flex-wrap items-center gap-3">
                  <label className="flex items-center gap-2 text-sm text-slate-700">
                    <input type="checkbox" checked={onlyErrors} onChange={(event) => setOnlyErrors(event.target.checked)} className="h-4 w-4 rounded border-slate-300" />
                    {t("onlyErrors")}
                  </label>
                  <Button type="button" variant="secondary" onClick={() => start("dry-run")} disabled={busy} data-testid="recheck">
                    {edits.size ? t("recheckWithFixes", { count: edits.size }) : t("recheck")}
                  </Button>
                  <Button type="button" variant="ghost" onClick={downloadErrors} disabled={busy} data-testid="download-errors">
                    {t("downloadErrors")}
                  </Button>
                  <span className="text-xs text-slate-500">{t("fixHint")}</span>
                </div>
              )}
              <Table caption={t("title")}>
                <thead>
                  <tr>
                    <Th>{t("row")}</Th>
                    <Th>{t("kind")}</Th>
                    <Th>{t("code")}</Th>
                    <Th className="min-w-56">{t("itemTitle")}</Th>
                    <Th>{t("leadUnit")}</Th>
                    <Th>{t("change")}</Th>
                    <Th className="min-w-80">{t("errorsColumn")}</Th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-slate-100">
                  {rows.map((row) => (
                    <tr key={row.row} data-testid="import-row" data-has-errors={row.errors.length > 0 || undefined} className={row.errors.length ? "bg-red-50/40" : undefined}>
                      <Td className="tabular-nums">{row.row}</Td>
                      <Td className="whitespace-nowrap">{t(`kinds.${row.kind}`)}</Td>
                      <Td className="whitespace-nowrap font-mono text-xs">{row.code}</Td>
                      <Td>{row.title}</Td>
                      <Td className="text-xs">{row.lead}</Td>
                      <Td>{row.change && <Badge tone={CHANGE_TONES[row.change]}>{t(`changes.${row.change}`)}</Badge>}</Td>
                      <Td className="text-xs text-red-700">
                        <ul className="space-y-1">
                          {row.errors.map((error, index) => {
                            const key = error.column !== null ? `${row.row}:${error.column}` : null;
                            return (
                              <li key={`${error.column}-${error.message}-${index}`} data-testid="import-error">
                                <span>
                                  {error.address ? `${error.address} ` : ""}
                                  {error.text}
                                </span>
                                {key && index === row.errors.findIndex((other) => other.column === error.column) && (
                                  <Input
                                    aria-label={t("fixCell", { address: error.address ?? "" })}
                                    className="mt-1 text-xs"
                                    defaultValue={edits.get(key)?.value ?? error.cell ?? ""}
                                    onChange={(event) => setEdits(new Map(edits).set(key, { row: row.row, column: error.column!, value: event.target.value }))}
                                  />
                                )}
                              </li>
                            );
                          })}
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
