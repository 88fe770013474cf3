"use client";

import { useMessages, useTranslations } from "next-intl";
import { useState } from "react";
import { ActionForm } from "@/components/ui/action-form";
import { byIntent, useFormAction } from "@/components/ui/use-form-action";
import { Badge, levelTone } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Field, FormMessage, Input, Select } from "@/components/ui/form";
import { previewWarningRule, saveWarningRule } from "@/lib/warnings/actions";
import type { PreviewItem } from "@/lib/warnings/preview";
import { WARNING_LEVELS, type WarningKind, type WarningLevel } from "@/lib/warnings/levels";

/** Shown per list in the preview; the counts say how many there are in all. */
const SHOWN = 8;

function PreviewList({ title, items, testId }: { title: string; items: (PreviewItem & { from?: WarningLevel })[]; testId: string }) {
  const t = useTranslations("warnings");
  if (items.length === 0) return null;
  return (
    <div data-testid={testId}>
      <div className="text-xs font-medium text-slate-600">{title}</div>
      <ul className="mt-1 space-y-1">
        {items.slice(0, SHOWN).map((item) => (
          <li key={item.dedupeKey} className="flex flex-wrap items-center gap-2 text-sm">
            {item.from && (
              <>
                <Badge tone={levelTone(item.from)}>{t(`levels.${item.from}`)}</Badge>→
              </>
            )}
            <Badge tone={levelTone(item.level)}>{t(`levels.${item.level}`)}</Badge>
            <span className="text-slate-800">{item.title}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * One rule's thresholds. "Preview" asks the engine what would change right now under the
 * values in the form, without saving; "Save" stores them (they apply from the next run).
 */
export function RuleForm({ kind, enabled, params }: { kind: WarningKind; enabled: boolean; params: Record<string, number | string> }) {
  const t = useTranslations();
  // Every rule parameter has its label under warnings.params (the catalogue lists them).
  const paramLabels = useMessages().warnings.params;
  const hasParamLabel = (name: string): name is keyof typeof paramLabels & string => Object.hasOwn(paramLabels, name);
  const previewForm = useFormAction(previewWarningRule);
  const saveForm = useFormAction(saveWarningRule);
  const { state: preview, pending: previewing } = previewForm;
  const { state: saved, pending: saving } = saveForm;
  const [last, setLast] = useState<"preview" | "save">("preview");
  const latest = last === "save" ? saved : preview;
  const errors = latest && !latest.ok ? latest.fieldErrors : {};
  return (
    <ActionForm form={byIntent({ preview: previewForm, save: saveForm })} className="space-y-4" data-testid={`rule-form-${kind}`}>
      <input type="hidden" name="kind" value={kind} />
      {last === "save" && saved?.ok ? <FormMessage state={{ ok: true, message: t("warnings.rules.saved") }} /> : <FormMessage state={latest && !latest.ok ? latest : null} />}
      <label className="flex items-center gap-2 text-sm text-slate-700">
        <input type="checkbox" name="enabled" defaultChecked={enabled} />
        {t("warnings.rules.enabled")}
      </label>
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        {Object.entries(params).map(([name, value]) => {
          const id = `${kind}-${name}`;
          return (
            <Field key={name} label={hasParamLabel(name) ? t(`warnings.params.${name}`) : name} htmlFor={id} error={errors[name]}>
              {name === "level" ? (
                <Select id={id} name={name} defaultValue={String(value)} invalid={Boolean(errors[name])}>
                  {WARNING_LEVELS.map((level) => (
                    <option key={level} value={level}>{t(`warnings.levels.${level}`)}</option>
                  ))}
                </Select>
              ) : (
                <Input
                  id={id}
                  name={name}
                  type="number"
                  inputMode="decimal"
                  step={kind === "BEHIND_PLAN" ? "any" : 1}
                  defaultValue={String(value)}
                  invalid={Boolean(errors[name])}
                />
              )}
            </Field>
          );
        })}
      </div>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" variant="secondary" data-intent="preview" onClick={() => setLast("preview")} disabled={previewing} data-testid="rule-preview">
          {previewing ? t("warnings.rules.previewing") : t("warnings.rules.preview")}
        </Button>
        <Button type="submit" data-intent="save" onClick={() => setLast("save")} disabled={saving} data-testid="rule-save">
          {saving ? t("common.saving") : t("warnings.rules.save")}
        </Button>
      </div>
      {preview?.ok && (
        <div className="space-y-3 rounded-md border border-slate-200 bg-slate-50 p-3" data-testid="rule-preview-result">
          <div className="text-sm font-medium text-slate-800">{t("warnings.rules.previewTitle")}</div>
          <div className="flex flex-wrap gap-2 text-sm">
            <Badge tone="red">{t("warnings.rules.wouldOpen", { count: preview.data.counts.opened })}</Badge>
            <Badge tone="green">{t("warnings.rules.wouldClose", { count: preview.data.counts.closed })}</Badge>
            <Badge tone="orange">{t("warnings.rules.wouldChange", { count: preview.data.counts.changed })}</Badge>
          </div>
          {preview.data.counts.opened + preview.data.counts.closed + preview.data.counts.changed === 0 && <p className="text-sm text-slate-600">{t("warnings.rules.noChange")}</p>}
          <PreviewList title={t("warnings.rules.wouldOpen", { count: preview.data.counts.opened })} items={preview.data.opened} testId="preview-opened" />
          <PreviewList title={t("warnings.rules.wouldClose", { count: preview.data.counts.closed })} items={preview.data.closed} testId="preview-closed" />
          <PreviewList title={t("warnings.rules.wouldChange", { count: preview.data.counts.changed })} items={preview.data.changed} testId="preview-changed" />
        </div>
      )}
    </ActionForm>
  );
}
