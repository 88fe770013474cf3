"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { MeetingKind } from "@/lib/db/generated/enums";
import { saveMeeting } from "@/lib/supervision/actions";
import type { MeetingDetail, UnitOption } from "@/lib/supervision/queries";
import { Button } from "@/components/ui/button";
import { Field, FormMessage, Input, Select, Textarea } from "@/components/ui/form";
import { ActionForm } from "@/components/ui/action-form";
import { useFormAction } from "@/components/ui/use-form-action";

const KINDS = Object.values(MeetingKind);

interface DecisionRow {
  key: string;
  id?: string;
  content: string;
  assigneeUnitId: string;
  dueDate: string;
  cancelled: boolean;
}

export function MeetingForm({ meeting, units, today }: { meeting?: MeetingDetail; units: UnitOption[]; today: string }) {
  const t = useTranslations();
  const router = useRouter();
  const submit = useFormAction(saveMeeting);
  const { state, pending } = submit;
  const [attendees, setAttendees] = useState<Set<string>>(new Set(meeting?.attendees.map((unit) => unit.id) ?? []));
  const [decisions, setDecisions] = useState<DecisionRow[]>(
    meeting?.decisions.map((decision) => ({ key: decision.id, id: decision.id, content: decision.content, assigneeUnitId: decision.assignee.id, dueDate: decision.dueDate, cancelled: decision.status === "CANCELLED" })) ?? [],
  );
  useEffect(() => {
    if (state?.ok) router.push(`/supervision/meetings/${state.data.id}`);
  }, [state, router]);
  const errors = state && !state.ok ? state.fieldErrors : {};
  const change = (key: string, patch: Partial<DecisionRow>) => setDecisions((rows) => rows.map((row) => (row.key === key ? { ...row, ...patch } : row)));
  return (
    <ActionForm form={submit} className="space-y-4" noValidate data-testid="meeting-form">
      <FormMessage state={state && !state.ok ? state : null} />
      {meeting && <input type="hidden" name="id" value={meeting.id} />}
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <Field label={t("supervision.meeting.kind")} htmlFor="kind" error={errors.kind} required>
          <Select id="kind" name="kind" defaultValue={meeting?.kind ?? "MONTHLY"}>
            {KINDS.map((kind) => (
              <option key={kind} value={kind}>{t(`enums.MeetingKind.${kind}`)}</option>
            ))}
          </Select>
        </Field>
        <Field label={t("supervision.meeting.title")} htmlFor="title" error={errors.title} required className="sm:col-span-2">
          <Input id="title" name="title" defaultValue={meeting?.title} invalid={Boolean(errors.title)} />
        </Field>
        <Field label={t("supervision.meeting.date")} htmlFor="date" error={errors.date} required>
          <Input id="date" name="date" type="date" defaultValue={meeting?.date ?? today} invalid={Boolean(errors.date)} />
        </Field>
        <Field label={t("supervision.meeting.location")} htmlFor="location" error={errors.location} className="sm:col-span-2 lg:col-span-4">
          <Input id="location" name="location" defaultValue={meeting?.location ?? ""} />
        </Field>
      </div>
      <fieldset className="rounded-md border border-slate-200 p-3">
        <legend className="px-1 text-sm font-medium text-slate-700">
          {t("supervision.meeting.attendees")}（{attendees.size}）
        </legend>
        <div className="mb-2 flex gap-3 text-xs">
          <button type="button" className="text-brand-700 hover:underline" onClick={() => setAttendees(new Set(units.map((unit) => unit.id)))}>{t("supervision.meeting.selectAll")}</button>
          <button type="button" className="text-brand-700 hover:underline" onClick={() => setAttendees(new Set())}>{t("supervision.meeting.selectNone")}</button>
        </div>
        <div className="grid gap-1 sm:grid-cols-2 lg:grid-cols-3">
          {units.map((unit) => (
            <label key={unit.id} className="flex items-center gap-2 text-sm text-slate-700">
              <input
                type="checkbox"
                name="attendeeIds"
                value={unit.id}
                checked={attendees.has(unit.id)}
                onChange={(event) => {
                  const next = new Set(attendees);
                  if (event.target.checked) next.add(unit.id);
                  else next.delete(unit.id);
                  setAttendees(next);
                }}
                className="h-4 w-4 rounded border-slate-300"
              />
              {unit.name}
            </label>
          ))}
        </div>
        {errors.attendeeIds && <p className="mt-1 text-xs text-red-600" role="alert">{errors.attendeeIds.join(" ")}</p>}
      </fieldset>
      <Field label={t("supervision.meeting.minutes")} htmlFor="minutes" error={errors.minutes}>
        <Textarea id="minutes" name="minutes" rows={6} defaultValue={meeting?.minutes} />
      </Field>
      <fieldset className="space-y-3 rounded-md border border-slate-200 p-3" data-testid="decisions">
        <legend className="px-1 text-sm font-medium text-slate-700">{t("supervision.meeting.decisions")}</legend>
        <p className="text-xs text-slate-500">{t("supervision.meeting.decisionsHint")}</p>
        {decisions.map((row, index) => {
          const error = (field: string) => errors[`decisions.${index}.${field}`];
          return (
            <div key={row.key} className="grid gap-3 rounded-md bg-slate-50 p-3 sm:grid-cols-12" data-testid="decision-row">
              {row.id && <input type="hidden" name={`decisions[${index}][id]`} value={row.id} />}
              <Field label={t("supervision.meeting.decisionContent", { n: index + 1 })} htmlFor={`decision-${row.key}-content`} error={error("content")} required className="sm:col-span-6">
                <Textarea id={`decision-${row.key}-content`} name={`decisions[${index}][content]`} rows={2} value={row.content} disabled={row.cancelled} invalid={Boolean(error("content"))} onChange={(event) => change(row.key, { content: event.target.value })} />
              </Field>
              <Field label={t("supervision.meeting.assignee")} htmlFor={`decision-${row.key}-assignee`} error={error("assigneeUnitId")} required className="sm:col-span-3">
                <Select id={`decision-${row.key}-assignee`} name={`decisions[${index}][assigneeUnitId]`} value={row.assigneeUnitId} disabled={row.cancelled} invalid={Boolean(error("assigneeUnitId"))} onChange={(event) => change(row.key, { assigneeUnitId: event.target.value })}>
                  <option value="">—</option>
                  {units.map((unit) => (
                    <option key={unit.id} value={unit.id}>{unit.name}</option>
                  ))}
                </Select>
              </Field>
              <Field label={t("supervision.meeting.dueDate")} htmlFor={`decision-${row.key}-due`} error={error("dueDate")} required className="sm:col-span-2">
                <Input id={`decision-${row.key}-due`} name={`decisions[${index}][dueDate]`} type="date" value={row.dueDate} disabled={row.cancelled} invalid={Boolean(error("dueDate"))} onChange={(event) => change(row.key, { dueDate: event.target.value })} />
              </Field>
              <div className="flex items-end sm:col-span-1">
                {row.id ? (
                  <label className="flex items-center gap-1 text-xs text-red-600">
                    <input type="checkbox" name={`decisions[${index}][cancel]`} checked={row.cancelled} onChange={(event) => change(row.key, { cancelled: event.target.checked })} />
                    {t("supervision.meeting.cancelDecision")}
                  </label>
                ) : (
                  <button type="button" className="text-xs text-red-600 hover:underline" onClick={() => setDecisions((rows) => rows.filter((other) => other.key !== row.key))}>
                    {t("supervision.meeting.removeDecision")}
                  </button>
                )}
              </div>
              {row.cancelled && (
                <>
                  <input type="hidden" name={`decisions[${index}][content]`} value={row.content} />
                  <input type="hidden" name={`decisions[${index}][assigneeUnitId]`} value={row.assigneeUnitId} />
                  <input type="hidden" name={`decisions[${index}][dueDate]`} value={row.dueDate} />
                </>
              )}
            </div>
          );
        })}
        <Button
          type="button"
          variant="secondary"
          onClick={() => setDecisions((rows) => [...rows, { key: `new-${Date.now()}-${rows.length}`, content: "", assigneeUnitId: "", dueDate: "", cancelled: false }])}
          data-testid="add-decision"
        >
          {t("supervision.meeting.addDecision")}
        </Button>
      </fieldset>
      <Button type="submit" disabled={pending} aria-busy={pending}>{pending ? t("common.saving") : t("common.save")}</Button>
    </ActionForm>
  );
}
