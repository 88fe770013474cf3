"use client";
// The office's forms on /readiness: importing a catalogue version, the zone's settings, and per
// indicator its figures, entered values (or qualitative score) and links. Each keeps what was
// typed when the server refuses it.
import { useTranslations } from "next-intl";
import { useState } from "react";
import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { ConfirmAction } from "@/components/ui/confirm-action";
import { Field, FormMessage, Input, Select } from "@/components/ui/form";
import { useFormAction } from "@/components/ui/use-form-action";
import { addIndicatorValue, addReadinessLink, deleteIndicatorValue, deleteReadinessLink, importCatalogue, saveIndicatorFigure, saveReadinessSettings } from "@/lib/readiness/actions";
import type { IndicatorView, ReadinessSettingsView, SystemRow } from "@/lib/readiness/queries";
import { MISSING_RULES } from "@/lib/readiness/scoring";

const formNote = <T,>(state: ReturnType<typeof useFormAction<T>>["state"], errors: Record<string, string[]>, okText: string) =>
  state?.ok ? { ok: true, message: okText } : state && !state.ok && Object.keys(errors).length === 0 ? state : null;

export function ReadinessManage({ systems, settings }: { systems: SystemRow[]; settings: ReadinessSettingsView | null }) {
  const t = useTranslations("readiness.manage");
  return (
    <Card title={t("title")}>
      <div className="grid gap-6 lg:grid-cols-2">
        {systems.length > 0 && <SettingsForm systems={systems} settings={settings} />}
        <ImportForm />
      </div>
      {systems.length > 0 && (
        <div className="mt-4 text-sm">
          <div className="font-medium text-slate-700">{t("versions")}</div>
          <ul className="mt-1 list-disc pl-5 text-slate-600" data-testid="readiness-versions">
            {systems.map((row) => (
              <li key={row.id}>{t("versionRow", { name: row.name, groups: row.groups, indicators: row.indicators })}{row.issuedBy ? ` · ${row.issuedBy}` : ""}</li>
            ))}
          </ul>
        </div>
      )}
    </Card>
  );
}

function SettingsForm({ systems, settings }: { systems: SystemRow[]; settings: ReadinessSettingsView | null }) {
  const t = useTranslations("readiness.manage");
  const form = useFormAction(saveReadinessSettings);
  const { state, pending, errors } = form;
  return (
    <ActionForm form={form} className="space-y-3" data-testid="readiness-settings">
      <h3 className="text-sm font-semibold text-slate-800">{t("settings")}</h3>
      <FormMessage state={formNote(state, errors, t("saved"))} />
      <Field label={t("system")} htmlFor="rs-system" error={errors.systemId}>
        <Select id="rs-system" name="systemId" defaultValue={settings?.systemId ?? systems[0]?.id} invalid={Boolean(errors.systemId)}>
          {systems.map((row) => <option key={row.id} value={row.id}>{row.name}</option>)}
        </Select>
      </Field>
      <div className="grid gap-3 sm:grid-cols-2">
        <Field label={t("cap")} htmlFor="rs-cap" error={errors.cap} hint={t("capHint")}>
          <Input id="rs-cap" name="cap" inputMode="decimal" defaultValue={String(settings?.cap ?? 1.2)} invalid={Boolean(errors.cap)} />
        </Field>
        <Field label={t("passMark")} htmlFor="rs-pass" error={errors.passMark}>
          <Input id="rs-pass" name="passMark" inputMode="decimal" defaultValue={String(settings?.passMark ?? 80)} invalid={Boolean(errors.passMark)} />
        </Field>
      </div>
      <Field label={t("missingRule")} htmlFor="rs-missing" error={errors.missingRule}>
        <Select id="rs-missing" name="missingRule" defaultValue={settings?.missingRule ?? "REWEIGHT"}>
          {MISSING_RULES.map((rule) => <option key={rule} value={rule}>{t(`rules.${rule}`)}</option>)}
        </Select>
      </Field>
      <Button type="submit" disabled={pending} aria-busy={pending}>{t("save")}</Button>
    </ActionForm>
  );
}

function ImportForm() {
  const t = useTranslations("readiness.manage");
  const form = useFormAction(importCatalogue);
  const { state, pending, errors } = form;
  return (
    <ActionForm form={form} className="space-y-3" encType="multipart/form-data" data-testid="readiness-import">
      <h3 className="text-sm font-semibold text-slate-800">{t("import")}</h3>
      <p className="text-xs text-slate-500">{t("importHint")}</p>
      <FormMessage state={formNote(state, errors, t("imported"))} />
      <Field label={t("file")} htmlFor="ri-file" error={errors.file}>
        <Input id="ri-file" name="file" type="file" accept=".xlsx,.json" invalid={Boolean(errors.file)} />
      </Field>
      <div className="grid gap-3 sm:grid-cols-2">
        <Field label={t("versionField")} htmlFor="ri-version" error={errors.version} hint={t("versionHint")}>
          <Input id="ri-version" name="version" maxLength={20} invalid={Boolean(errors.version)} />
        </Field>
        <Field label={t("name")} htmlFor="ri-name" error={errors.name}>
          <Input id="ri-name" name="name" maxLength={120} invalid={Boolean(errors.name)} />
        </Field>
        <Field label={t("issuedBy")} htmlFor="ri-issued" error={errors.issuedBy}>
          <Input id="ri-issued" name="issuedBy" maxLength={120} />
        </Field>
        <Field label={t("source")} htmlFor="ri-source" error={errors.source}>
          <Input id="ri-source" name="source" maxLength={500} />
        </Field>
      </div>
      <label className="flex items-center gap-2 text-sm text-slate-700">
        <input type="checkbox" name="choose" /> {t("choose")}
      </label>
      <Button type="submit" disabled={pending} aria-busy={pending}>{t("importSubmit")}</Button>
    </ActionForm>
  );
}

type LinkOptions = {
  items: { id: string; code: string; title: string; indicators: { id: string; name: string; unit: string | null }[] }[];
  measures: { id: string; code: string; title: string }[];
};

export function IndicatorManage({ indicator, options }: { indicator: IndicatorView; options: LinkOptions }) {
  const t = useTranslations("readiness");
  return (
    <details className="mt-2 text-xs" data-testid="indicator-manage">
      <summary className="cursor-pointer select-none text-brand-700 hover:underline">{t("table.manage")}</summary>
      <div className="mt-2 grid gap-4 rounded-md bg-slate-50 p-3 xl:grid-cols-3">
        {!indicator.qualitative && <FigureForm indicator={indicator} />}
        <ValueForm indicator={indicator} />
        <LinkForm indicator={indicator} options={options} />
      </div>
    </details>
  );
}

function FigureForm({ indicator }: { indicator: IndicatorView }) {
  const t = useTranslations("readiness");
  const form = useFormAction(saveIndicatorFigure);
  const { state, pending, errors } = form;
  const prefix = `fig-${indicator.id}`;
  const number = (value: number | null) => (value === null ? "" : String(value));
  return (
    <ActionForm form={form} className="space-y-2">
      <h4 className="font-semibold text-slate-700">{t("figure.title")}</h4>
      <FormMessage state={formNote(state, errors, t("figure.saved"))} />
      <input type="hidden" name="indicatorId" value={indicator.id} />
      <div className="grid grid-cols-2 gap-2">
        <Field label={`${t("table.baseline")}${indicator.unit ? `（${indicator.unit}）` : ""}`} htmlFor={`${prefix}-baseline`} error={errors.baseline}>
          <Input id={`${prefix}-baseline`} name="baseline" inputMode="decimal" defaultValue={number(indicator.baseline)} invalid={Boolean(errors.baseline)} />
        </Field>
        <Field label={t("figure.baselineYear")} htmlFor={`${prefix}-by`} error={errors.baselineYear}>
          <Input id={`${prefix}-by`} name="baselineYear" inputMode="numeric" defaultValue={number(indicator.baselineYear)} invalid={Boolean(errors.baselineYear)} />
        </Field>
        <Field label={`${t("table.target")}${indicator.unit ? `（${indicator.unit}）` : ""}`} htmlFor={`${prefix}-target`} error={errors.target}>
          <Input id={`${prefix}-target`} name="target" inputMode="decimal" defaultValue={number(indicator.target)} invalid={Boolean(errors.target)} />
        </Field>
        <Field label={t("figure.targetYear")} htmlFor={`${prefix}-ty`} error={errors.targetYear}>
          <Input id={`${prefix}-ty`} name="targetYear" inputMode="numeric" defaultValue={number(indicator.targetYear)} invalid={Boolean(errors.targetYear)} />
        </Field>
      </div>
      <Field label={`${t("table.benchmark")}${indicator.unit ? `（${indicator.unit}）` : ""}`} htmlFor={`${prefix}-bm`} error={errors.benchmark}>
        <Input id={`${prefix}-bm`} name="benchmark" inputMode="decimal" defaultValue={number(indicator.benchmark)} invalid={Boolean(errors.benchmark)} />
      </Field>
      <Field label={t("figure.benchmarkSource")} htmlFor={`${prefix}-bms`} error={errors.benchmarkSource} hint={t("figure.benchmarkSourceHint")}>
        <Input id={`${prefix}-bms`} name="benchmarkSource" maxLength={200} defaultValue={indicator.benchmarkSource ?? ""} invalid={Boolean(errors.benchmarkSource)} />
      </Field>
      <Button type="submit" variant="secondary" disabled={pending} aria-busy={pending}>{t("figure.save")}</Button>
    </ActionForm>
  );
}

function ValueForm({ indicator }: { indicator: IndicatorView }) {
  const t = useTranslations("readiness");
  const form = useFormAction(addIndicatorValue);
  const { state, pending, errors } = form;
  const prefix = `val-${indicator.id}`;
  return (
    <div className="space-y-2">
      <ActionForm form={form} className="space-y-2">
        <h4 className="font-semibold text-slate-700">{indicator.qualitative ? t("value.titleQualitative") : t("value.title")}</h4>
        <FormMessage state={formNote(state, errors, t("value.added"))} />
        <input type="hidden" name="indicatorId" value={indicator.id} />
        <div className="grid grid-cols-2 gap-2">
          <Field label={indicator.qualitative ? t("value.score") : `${t("value.value")}${indicator.unit ? `（${indicator.unit}）` : ""}`} htmlFor={`${prefix}-value`} error={errors.value}>
            <Input id={`${prefix}-value`} name="value" inputMode="decimal" invalid={Boolean(errors.value)} />
          </Field>
          <Field label={t("value.asOf")} htmlFor={`${prefix}-asof`} error={errors.asOf}>
            <Input id={`${prefix}-asof`} name="asOf" type="date" invalid={Boolean(errors.asOf)} />
          </Field>
        </div>
        <Field label={t("value.source")} htmlFor={`${prefix}-source`} error={errors.source}>
          <Input id={`${prefix}-source`} name="source" maxLength={200} invalid={Boolean(errors.source)} />
        </Field>
        {indicator.qualitative && (
          <Field label={t("value.reason")} htmlFor={`${prefix}-reason`} error={errors.reason}>
            <Input id={`${prefix}-reason`} name="reason" maxLength={1000} invalid={Boolean(errors.reason)} />
          </Field>
        )}
        <Button type="submit" variant="secondary" disabled={pending} aria-busy={pending}>{t("value.add")}</Button>
      </ActionForm>
      {indicator.values.length > 0 && (
        <div>
          <div className="font-medium text-slate-600">{t("value.history")}</div>
          <ul className="space-y-1">
            {indicator.values.slice(0, 6).map((row) => (
              <li key={row.id} className="flex flex-wrap items-center gap-2 text-slate-600">
                <span className="tabular-nums">{`${row.asOf} · ${row.value}${indicator.unit ?? ""} · ${row.source}`}</span>
                <ConfirmAction action={deleteIndicatorValue} fields={{ id: row.id }} label={t("value.delete")} confirm={t("value.deleteConfirm")} variant="secondary" />
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}

function LinkForm({ indicator, options }: { indicator: IndicatorView; options: LinkOptions }) {
  const t = useTranslations("readiness");
  const form = useFormAction(addReadinessLink);
  const { state, pending, errors } = form;
  const [itemId, setItemId] = useState("");
  const prefix = `lnk-${indicator.id}`;
  const item = options.items.find((row) => row.id === itemId);
  return (
    <div className="space-y-2">
      <ActionForm form={form} className="space-y-2">
        <h4 className="font-semibold text-slate-700">{t("link.title")}</h4>
        <FormMessage state={formNote(state, errors, t("link.added"))} />
        <input type="hidden" name="indicatorId" value={indicator.id} />
        <Field label={t("link.workItem")} htmlFor={`${prefix}-item`} error={errors.workItemId}>
          <Select id={`${prefix}-item`} name="workItemId" value={itemId} onChange={(event) => setItemId(event.target.value)} invalid={Boolean(errors.workItemId)}>
            <option value="">{t("link.none")}</option>
            {options.items.map((row) => <option key={row.id} value={row.id}>{`${row.code} ${row.title}`}</option>)}
          </Select>
        </Field>
        {item && item.indicators.length > 0 && !indicator.qualitative && (
          <Field label={t("link.feed")} htmlFor={`${prefix}-feed`} error={errors.workItemIndicatorId} hint={t("link.feedHint")}>
            <Select id={`${prefix}-feed`} name="workItemIndicatorId" defaultValue="">
              <option value="">{t("link.none")}</option>
              {item.indicators.map((row) => <option key={row.id} value={row.id}>{`${row.name}${row.unit ? `（${row.unit}）` : ""}`}</option>)}
            </Select>
          </Field>
        )}
        {!itemId && (
          <Field label={t("link.measure")} htmlFor={`${prefix}-measure`} error={errors.measureId}>
            <Select id={`${prefix}-measure`} name="measureId" defaultValue="" invalid={Boolean(errors.measureId)}>
              <option value="">{t("link.none")}</option>
              {options.measures.map((row) => <option key={row.id} value={row.id}>{`${row.code} ${row.title}`}</option>)}
            </Select>
          </Field>
        )}
        <Button type="submit" variant="secondary" disabled={pending} aria-busy={pending}>{t("link.add")}</Button>
      </ActionForm>
      {indicator.links.length > 0 && (
        <ul className="space-y-1">
          {indicator.links.map((link) => (
            <li key={link.linkId} className="flex flex-wrap items-center gap-2 text-slate-600">
              <span>{`${link.code} ${link.title}`}{link.feed ? ` ← ${link.feed.name}` : ""}</span>
              <ConfirmAction action={deleteReadinessLink} fields={{ id: link.linkId }} label={t("link.remove")} confirm={t("link.removeConfirm")} variant="secondary" />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
