"use client";

import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useRef, useState } from "react";
import { ACCEPT_ATTRIBUTE, MAX_ATTACHMENTS_PER_RECORD, nextUploadBatch } from "@/lib/attachments/policy";
import { formatDate } from "@/lib/format";
import { saveReportDraft, submitReport } from "@/lib/reports/actions";
import { itemsNeedingFixes, type EntryValues } from "@/lib/reports/entry-rules";
import type { MyItem } from "@/lib/reports/queries";
import type { SavedReport } from "@/lib/reports/save";
import type { ActionResult, FieldErrors } from "@/lib/server/result";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { FileInput } from "@/components/ui/file-input";
import { Field, Input, Textarea } from "@/components/ui/form";
import { ProgressBar } from "@/components/ui/progress-bar";
import { weekKeyLabel } from "@/lib/dates/week-label";

interface EntryState {
  progress: string;
  /** By indicator id. */
  indicators: Record<string, string>;
  doneThisWeek: string;
  planNextWeek: string;
  problems: string;
  needsCoordination: boolean;
  regressionReason: string;
}

interface FormState {
  summary: string;
  entries: Record<string, EntryState>;
}

function toState(entry: EntryValues): EntryState {
  return {
    progress: entry.progress === null ? "" : String(entry.progress),
    indicators: Object.fromEntries(Object.entries(entry.indicators).map(([indicatorId, value]) => [indicatorId, value === null ? "" : String(value)])),
    doneThisWeek: entry.doneThisWeek,
    planNextWeek: entry.planNextWeek,
    problems: entry.problems,
    needsCoordination: entry.needsCoordination,
    regressionReason: entry.regressionReason ?? "",
  };
}

/** Unsaved edits are also kept in this browser, so a closed tab or an expired session loses nothing. */
interface Backup {
  version: number | null;
  at: string;
  state: FormState;
}

const AUTOSAVE_DELAY_MS = 2500;

export interface ReportFormProps {
  unitId: string;
  week: string;
  reportId: string | null;
  version: number | null;
  summary: string;
  items: MyItem[];
}

/** A random id (crypto.randomUUID needs a secure context; an intranet server may be plain HTTP). */
function newEditSession(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, "0")).join("");
}

export function ReportForm(props: ReportFormProps) {
  const t = useTranslations("reports");
  const tc = useTranslations("common");
  const te = useTranslations("enums.Recurrence");
  const tf = useTranslations("files");
  const router = useRouter();
  const locale = useLocale();
  const initial: FormState = { summary: props.summary, entries: Object.fromEntries(props.items.map((item) => [item.id, toState(item.entry)])) };
  const [state, setState] = useState<FormState>(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [saveState, setSaveState] = useState<"idle" | "dirty" | "saving" | "saved" | "error">("idle");
  const [savedAt, setSavedAt] = useState<Date | null>(null);
  const [backup, setBackup] = useState<Backup | null>(null);
  // The last save failed on the way (no answer from the server): offer to try again.
  const [offline, setOffline] = useState(false);
  const [pendingCount, setPendingCount] = useState(0);
  // A refused submission: the items to fix (in order) and whether the draft was saved meanwhile.
  const [refusal, setRefusal] = useState<{ itemIds: string[]; draftSaved: boolean } | null>(null);
  const stateRef = useRef(state);
  const reportIdRef = useRef(props.reportId);
  const versionRef = useRef(props.version);
  const savingRef = useRef(false);
  const queuedRef = useRef<"draft" | "submit" | null>(null);
  const inFlightRef = useRef<"draft" | "submit" | null>(null);
  const dirtyRef = useRef(false);
  const timerRef = useRef<ReturnType<typeof setTimeout> | null>(null);
  const fileInputs = useRef<Record<string, HTMLInputElement | null>>({});
  // Files chosen and not yet saved, by item: sent a post's budget at a time, in order.
  const pendingFiles = useRef<{ itemId: string; file: File }[]>([]);
  const backupKey = `chuangjian:report:${props.unitId}:${props.week}`;
  // This opened form's editing session: its autosaves share one audit row on the server.
  const [editSession] = useState(newEditSession);
  const refusalRef = useRef<string[] | null>(null);
  /** Moves to the first item to fix: its first marked field, or its heading. */
  const focusFirstFix = useCallback(() => {
    const first = refusalRef.current?.[0];
    if (!first) return;
    requestAnimationFrame(() => {
      const section = document.getElementById(`entry-${first}`);
      const target = section?.querySelector<HTMLElement>("[aria-invalid='true']") ?? section;
      target?.focus();
      target?.scrollIntoView({ block: "center" });
    });
  }, []);

  // A backup from an earlier visit that the server does not have: offer to restore it.
  useEffect(() => {
    let found: Backup | null = null;
    try {
      const raw = window.localStorage.getItem(backupKey);
      found = raw ? (JSON.parse(raw) as Backup) : null;
    } catch {
      found = null;
    }
    if (!found || JSON.stringify(found.state) === JSON.stringify(stateRef.current)) {
      window.localStorage.removeItem(backupKey);
      return;
    }
    const offer = found;
    const frame = requestAnimationFrame(() => setBackup(offer));
    return () => cancelAnimationFrame(frame);
  }, [backupKey]);

  /** One round trip: sends the whole form; true when the server saved it. */
  const saveOnce = useCallback(
    async (mode: "draft" | "submit", removal?: { itemId: string; attachmentId: string }, keepErrors = false): Promise<boolean> => {
      setSaveState("saving");
      setOffline(false);
      const current = stateRef.current;
      const data = new FormData();
      data.set("week", props.week);
      if (reportIdRef.current) data.set("reportId", reportIdRef.current);
      if (versionRef.current !== null) data.set("version", String(versionRef.current));
      data.set("summary", current.summary);
      data.set("editSession", editSession);
      const batch = nextUploadBatch(pendingFiles.current.map((pending) => ({ ...pending, size: pending.file.size })));
      for (const item of props.items) {
        const entry = current.entries[item.id];
        const prefix = `entries[${item.id}]`;
        data.set(`${prefix}[progress]`, entry.progress);
        for (const indicator of item.indicators) data.set(`${prefix}[indicators][${indicator.id}]`, entry.indicators[indicator.id] ?? "");
        data.set(`${prefix}[doneThisWeek]`, entry.doneThisWeek);
        data.set(`${prefix}[planNextWeek]`, entry.planNextWeek);
        data.set(`${prefix}[problems]`, entry.problems);
        if (entry.needsCoordination) data.set(`${prefix}[needsCoordination]`, "true");
        data.set(`${prefix}[regressionReason]`, entry.regressionReason);
        for (const pending of batch) if (pending.itemId === item.id) data.append(`${prefix}[attachments]`, pending.file);
        if (removal?.itemId === item.id) data.append(`${prefix}[removeAttachments]`, removal.attachmentId);
      }
      dirtyRef.current = false;
      let result: ActionResult<SavedReport>;
      try {
        result = await (mode === "submit" ? submitReport : saveReportDraft)(null, data);
      } catch {
        result = { ok: false, fieldErrors: {}, message: t("form.offline") };
        setOffline(true);
      }
      if (!result.ok) {
        // Files the server refused are dropped (their message names them); the others wait for the next save.
        // Keys are "entries.<itemId>.attachments"; item ids may contain dots.
        const refusedItems = new Set(Object.keys(result.fieldErrors).filter((key) => key.startsWith("entries.") && key.endsWith(".attachments")).map((key) => key.slice("entries.".length, -".attachments".length)));
        pendingFiles.current = pendingFiles.current.filter((pending) => !(batch.some((sent) => sent.file === pending.file) && refusedItems.has(pending.itemId)));
        setPendingCount(pendingFiles.current.length);
        dirtyRef.current = true;
        const toFix = itemsNeedingFixes(result.fieldErrors, props.items.map((item) => item.id));
        if (!keepErrors) refusalRef.current = mode === "submit" && toFix.length > 0 ? toFix : null;
        if (keepErrors) setRefusal((current) => current && { ...current, itemIds: itemsNeedingFixes({ ...Object.fromEntries(current.itemIds.map((itemId) => [`entries.${itemId}.x`, 1])), ...result.fieldErrors }, props.items.map((item) => item.id)) });
        else {
          setErrors(result.fieldErrors);
          setMessage(result.message);
          setRefusal(toFix.length > 0 ? { itemIds: toFix, draftSaved: false } : null);
        }
        setSaveState("error");
        return false;
      }
      reportIdRef.current = result.data.id;
      versionRef.current = result.data.version;
      pendingFiles.current = pendingFiles.current.filter((pending) => !batch.some((sent) => sent.file === pending.file));
      setPendingCount(pendingFiles.current.length);
      setOffline(false);
      if (keepErrors) setRefusal((current) => current && { ...current, draftSaved: true });
      else {
        setErrors({});
        setMessage(null);
        setRefusal(null);
      }
      setSavedAt(new Date());
      setSaveState(dirtyRef.current ? "dirty" : "saved");
      if (!dirtyRef.current) window.localStorage.removeItem(backupKey);
      if (batch.length > 0 || removal || mode === "submit") router.refresh();
      return true;
    },
    [props.items, props.week, backupKey, editSession, router, t],
  );

  /** Saves now, or after the save in flight (each needs the version the previous one returned). */
  const persist = useCallback(
    async (mode: "draft" | "submit", removal?: { itemId: string; attachmentId: string }): Promise<void> => {
      if (timerRef.current) clearTimeout(timerRef.current);
      if (savingRef.current) {
        // A second click on "submit" while submitting does nothing: one submission.
        if (!removal && !(mode === "submit" && inFlightRef.current === "submit")) queuedRef.current = mode === "submit" || queuedRef.current === "submit" ? "submit" : "draft";
        return;
      }
      savingRef.current = true;
      // Files still to upload go first, in drafts: a submission locks the report.
      if (mode === "submit" && pendingFiles.current.length > 0) queuedRef.current = "submit";
      let next: { mode: "draft" | "submit"; removal?: { itemId: string; attachmentId: string } } | null = mode === "submit" && pendingFiles.current.length > 0 ? { mode: "draft" } : { mode, removal };
      while (next) {
        inFlightRef.current = next.mode;
        const saved = await saveOnce(next.mode, next.removal);
        if (!saved && next.mode === "submit" && refusalRef.current) {
          // What was typed is kept as a draft (a draft may be incomplete), the errors stay shown.
          await saveOnce("draft", undefined, true);
          focusFirstFix();
        }
        if (saved && next.mode === "draft" && pendingFiles.current.length > 0) {
          next = { mode: "draft" };
          continue;
        }
        const queued = queuedRef.current;
        queuedRef.current = null;
        // After a submission the report is locked: nothing queued behind it may follow.
        next = saved && queued && next.mode !== "submit" ? { mode: queued } : null;
      }
      inFlightRef.current = null;
      savingRef.current = false;
    },
    [saveOnce, focusFirstFix],
  );

  const update = (next: FormState) => {
    stateRef.current = next;
    setState(next);
    dirtyRef.current = true;
    setSaveState("dirty");
    try {
      window.localStorage.setItem(backupKey, JSON.stringify({ version: versionRef.current, at: new Date().toISOString(), state: next } satisfies Backup));
    } catch {
      // Storage full or disabled: autosave still runs.
    }
    if (timerRef.current) clearTimeout(timerRef.current);
    timerRef.current = setTimeout(() => void persist("draft"), AUTOSAVE_DELAY_MS);
  };

  const setEntry = (itemId: string, patch: Partial<EntryState>) => update({ ...stateRef.current, entries: { ...stateRef.current.entries, [itemId]: { ...stateRef.current.entries[itemId], ...patch } } });

  const saveOnBlur = () => {
    if (dirtyRef.current) void persist("draft");
  };

  // Leaving with edits the server has not got yet: ask first (the local backup still has them).
  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (dirtyRef.current || savingRef.current) event.preventDefault();
    };
    window.addEventListener("beforeunload", warn);
    return () => {
      window.removeEventListener("beforeunload", warn);
      if (timerRef.current) clearTimeout(timerRef.current);
    };
  }, []);

  const fieldError = (itemId: string, field: string) => errors[`entries.${itemId}.${field}`];
  const statusText = {
    idle: props.reportId ? t("form.statusSavedEarlier") : t("form.statusNew"),
    dirty: t("form.statusDirty"),
    saving: pendingCount > 0 ? tf("uploading", { count: pendingCount }) : tc("saving"),
    saved: t("form.statusSaved", { time: savedAt ? savedAt.toLocaleTimeString(locale, { hour: "2-digit", minute: "2-digit" }) : "" }),
    error: t("form.statusError"),
  }[saveState];
  const statusLine = refusal && saveState !== "saving" ? t(refusal.draftSaved ? "form.statusDraftSavedNeedsFixes" : "form.statusNeedsFixes", { count: refusal.itemIds.length }) : statusText;

  return (
    // eslint-disable-next-line no-restricted-syntax -- the report editor: controlled fields, autosave and a save queue (docs/architecture.md, "Forms")
    <form
      className="space-y-4"
      noValidate
      data-testid="report-form"
      onSubmit={(event) => {
        event.preventDefault();
        void persist("submit");
      }}
    >
      {backup && (
        <div role="status" className="flex flex-wrap items-center justify-between gap-2 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900" data-testid="restore-banner">
          <span>{t("form.backupFound", { time: new Date(backup.at).toLocaleString(locale) })}</span>
          <span className="flex gap-2">
            <Button
              type="button"
              variant="secondary"
              onClick={() => {
                setBackup(null);
                // A backup from before items had several indicators has none: keep the form's.
                const restored = Object.fromEntries(Object.entries(backup.state.entries).map(([itemId, entry]) => [itemId, { ...entry, indicators: entry.indicators ?? stateRef.current.entries[itemId]?.indicators ?? {} }]));
                update({ summary: backup.state.summary, entries: { ...stateRef.current.entries, ...restored } });
              }}
            >
              {t("form.restore")}
            </Button>
            <Button
              type="button"
              variant="ghost"
              onClick={() => {
                setBackup(null);
                window.localStorage.removeItem(backupKey);
              }}
            >
              {t("form.discard")}
            </Button>
          </span>
        </div>
      )}
      {message && (
        <div role="alert" className="flex flex-wrap items-center justify-between gap-2 rounded-md bg-red-50 px-3 py-2 text-sm text-red-700" data-testid="form-error">
          <span>{message}</span>
          {offline ? (
            <Button type="button" variant="secondary" onClick={() => void persist("draft")} data-testid="retry-save">
              {t("form.retry")}
            </Button>
          ) : (
            Object.keys(errors).length === 0 && (
              <Button type="button" variant="secondary" onClick={() => window.location.reload()}>
                {t("form.reload")}
              </Button>
            )
          )}
        </div>
      )}
      {refusal && (
        <nav aria-labelledby="fix-list-title" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800" data-testid="fix-list">
          <p id="fix-list-title" className="font-medium">{t("form.fixList", { count: refusal.itemIds.length })}</p>
          <ul className="mt-1 list-disc pl-5">
            {refusal.itemIds.map((itemId) => {
              const item = props.items.find((candidate) => candidate.id === itemId)!;
              return (
                <li key={itemId}>
                  <a href={`#entry-${itemId}`} className="underline" onClick={(event) => { event.preventDefault(); refusalRef.current = [itemId]; focusFirstFix(); }}>
                    {item.code} {item.title}
                  </a>
                </li>
              );
            })}
          </ul>
        </nav>
      )}
      {props.items.map((item) => {
        const entry = state.entries[item.id];
        const progress = entry.progress === "" ? null : Number(entry.progress);
        const last = item.lastReported?.progress ?? null;
        const regression = progress !== null && last !== null && progress < last;
        const id = (field: string) => `${item.id}-${field}`;
        return (
          <section key={item.id} id={`entry-${item.id}`} tabIndex={-1} className="rounded-lg border border-slate-200 bg-white shadow-sm" data-testid="report-entry" data-item-code={item.code}>
            <header className="flex flex-wrap items-start justify-between gap-2 border-b border-slate-100 px-4 py-3">
              <div className="min-w-0">
                <div className="flex flex-wrap items-center gap-2">
                  <span className="font-mono text-xs text-slate-500">{item.code}</span>
                  {item.source === "MEETING_DECISION" && <Badge tone="brand">{t("meetingDecision")}</Badge>}
                  {item.recurrence !== "NONE" && <Badge tone="blue">{te(item.recurrence)}</Badge>}
                  {item.openWarnings > 0 && <Badge tone="orange">{t("openWarnings", { count: item.openWarnings })}</Badge>}
                </div>
                <h3 className="mt-0.5 font-medium text-slate-900">{item.title}</h3>
                <p className="mt-0.5 text-xs text-slate-500">
                  {t("dueOn", { date: formatDate(item.dueDate, locale) })}
                  {item.deliverable ? ` · ${t("deliverable")}：${item.deliverable}` : ""}
                </p>
              </div>
              <div className="w-full shrink-0 text-xs text-slate-600 sm:w-64">
                <ProgressBar value={progress ?? last ?? 0} planned={item.planned} label={item.title} />
                <div className="mt-1 flex justify-between gap-2">
                  <span>{t("plannedThisWeek", { value: item.planned.toFixed(0) })}</span>
                  <span>{last === null ? t("neverReported") : t("lastReported", { value: last, week: weekKeyLabel(item.lastReported!.week, locale) })}</span>
                </div>
              </div>
            </header>
            <div className="grid gap-3 p-4 sm:grid-cols-2">
              <div className="grid grid-cols-2 gap-3 sm:col-span-2 sm:grid-cols-4">
                <Field
                  label={item.period ? t("periodProgress") : t("progress")}
                  htmlFor={id("progress")}
                  error={fieldError(item.id, "progress")}
                  hint={item.period ? t("periodHint", { first: formatDate(item.period.first, locale), last: formatDate(item.period.last, locale) }) : undefined}
                  required
                >
                  <Input id={id("progress")} type="number" inputMode="decimal" min={0} max={100} step="any" value={entry.progress} invalid={Boolean(fieldError(item.id, "progress"))} onChange={(event) => setEntry(item.id, { progress: event.target.value })} onBlur={saveOnBlur} />
                </Field>
                {item.indicators.map((indicator) => {
                  const field = `indicators.${indicator.id}`;
                  return (
                    <Field
                      key={indicator.id}
                      label={`${indicator.name}${indicator.unit ? `（${indicator.unit}）` : ""}`}
                      htmlFor={id(`indicator-${indicator.id}`)}
                      error={fieldError(item.id, field)}
                      hint={t(indicator.direction === "FALLING" ? "indicatorHintFalling" : "indicatorHint", { baseline: indicator.baseline, target: indicator.target })}
                    >
                      <Input
                        id={id(`indicator-${indicator.id}`)}
                        type="text"
                        inputMode="decimal"
                        value={entry.indicators[indicator.id] ?? ""}
                        invalid={Boolean(fieldError(item.id, field))}
                        onChange={(event) => setEntry(item.id, { indicators: { ...entry.indicators, [indicator.id]: event.target.value } })}
                        onBlur={saveOnBlur}
                        className="max-w-48"
                      />
                    </Field>
                  );
                })}
              </div>
              {(regression || fieldError(item.id, "regressionReason")) && (
                <Field label={t("regressionReason")} htmlFor={id("regressionReason")} error={fieldError(item.id, "regressionReason")} hint={t("regressionHint", { last: last ?? 0 })} required className="sm:col-span-2">
                  <Input id={id("regressionReason")} value={entry.regressionReason} invalid={Boolean(fieldError(item.id, "regressionReason"))} onChange={(event) => setEntry(item.id, { regressionReason: event.target.value })} onBlur={saveOnBlur} />
                </Field>
              )}
              <Field label={t("doneThisWeek")} htmlFor={id("doneThisWeek")} error={fieldError(item.id, "doneThisWeek")} hint={!item.saved && entry.doneThisWeek ? t("prefilledHint") : undefined} required>
                <Textarea id={id("doneThisWeek")} value={entry.doneThisWeek} invalid={Boolean(fieldError(item.id, "doneThisWeek"))} onChange={(event) => setEntry(item.id, { doneThisWeek: event.target.value })} onBlur={saveOnBlur} />
              </Field>
              <Field label={t("planNextWeek")} htmlFor={id("planNextWeek")} error={fieldError(item.id, "planNextWeek")} required={progress !== 100}>
                <Textarea id={id("planNextWeek")} value={entry.planNextWeek} invalid={Boolean(fieldError(item.id, "planNextWeek"))} onChange={(event) => setEntry(item.id, { planNextWeek: event.target.value })} onBlur={saveOnBlur} />
              </Field>
              <Field label={t("problems")} htmlFor={id("problems")} error={fieldError(item.id, "problems")} className="sm:col-span-2">
                <Textarea id={id("problems")} rows={2} value={entry.problems} invalid={Boolean(fieldError(item.id, "problems"))} onChange={(event) => setEntry(item.id, { problems: event.target.value })} onBlur={saveOnBlur} />
              </Field>
              <label className="flex items-center gap-2 text-sm text-slate-700 sm:col-span-2">
                <input type="checkbox" checked={entry.needsCoordination} onChange={(event) => setEntry(item.id, { needsCoordination: event.target.checked })} onBlur={saveOnBlur} className="h-4 w-4 rounded border-slate-300" />
                {t("needsCoordination")}
              </label>
              <div className="sm:col-span-2">
                <Field label={t("attachments")} htmlFor={id("attachments")} error={fieldError(item.id, "attachments")} hint={t("attachmentsHint")}>
                  {item.attachments.length > 0 && (
                    <ul className="mb-2 space-y-1 text-sm" data-testid="attachment-list">
                      {item.attachments.map((attachment) => (
                        <li key={attachment.id} className="flex items-center gap-2">
                          <a href={`/api/attachments/${attachment.id}`} className="text-brand-700 hover:underline">{attachment.fileName}</a>
                          <span className="text-xs text-slate-400">{Math.max(1, Math.round(attachment.sizeBytes / 1024))} KB</span>
                          <button type="button" className="text-xs text-red-600 hover:underline" onClick={() => void persist("draft", { itemId: item.id, attachmentId: attachment.id })}>
                            {t("removeAttachment")}
                          </button>
                        </li>
                      ))}
                    </ul>
                  )}
                  <FileInput
                    key={item.attachments.length}
                    id={id("attachments")}
                    accept={ACCEPT_ATTRIBUTE}
                    chooseLabel={t("chooseFiles")}
                    noneLabel={t("noFileChosen")}
                    maxFiles={MAX_ATTACHMENTS_PER_RECORD - item.attachments.length}
                    inputRef={(element) => {
                      fileInputs.current[item.id] = element;
                    }}
                    onFiles={(files) => {
                      pendingFiles.current = [...pendingFiles.current, ...Array.from(files, (file) => ({ itemId: item.id, file }))];
                      setPendingCount(pendingFiles.current.length);
                      // Queued: the same file may be chosen again later and still fire a change.
                      if (fileInputs.current[item.id]) fileInputs.current[item.id]!.value = "";
                      void persist("draft");
                    }}
                  />
                </Field>
              </div>
            </div>
          </section>
        );
      })}
      <section className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
        <Field label={t("summary")} htmlFor="summary" error={errors.summary} hint={t("summaryHint")}>
          <Textarea id="summary" rows={3} value={state.summary} onChange={(event) => update({ ...stateRef.current, summary: event.target.value })} onBlur={saveOnBlur} />
        </Field>
      </section>
      <div className="sticky bottom-0 z-10 -mx-3 flex flex-wrap items-center justify-between gap-3 border-t border-slate-200 bg-white/95 px-3 py-3 backdrop-blur sm:mx-0 sm:rounded-lg sm:border">
        <span className="text-sm text-slate-500" role="status" data-testid="save-status">{statusLine}</span>
        <div className="flex gap-2">
          {/* Never disabled: the autosave started by leaving a field would disable them between press and click; saves queue instead. */}
          <Button type="button" variant="secondary" onClick={() => void persist("draft")} data-testid="save-draft">
            {t("saveDraft")}
          </Button>
          <Button type="submit" data-testid="submit-report">
            {t("submit")}
          </Button>
        </div>
      </div>
    </form>
  );
}
