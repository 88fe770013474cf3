"use client";

import { ActionForm } from "@/components/ui/action-form";
import { useFormAction } from "@/components/ui/use-form-action";
import { useTranslations } from "next-intl";
import { Field, FormMessage, Input, Textarea } from "@/components/ui/form";
import { SubmitButton } from "@/components/ui/submit-button";
import { ACCEPT_ATTRIBUTE, MAX_ATTACHMENT_BYTES, MAX_ATTACHMENTS_PER_RECORD, MAX_FILES_PER_REQUEST_BYTES, megabytes } from "@/lib/attachments/policy";
import { FileInput } from "@/components/ui/file-input";
import { chaseNotice, closeNotice, respondNotice, returnNotice, reviewNotice, signNotice, startNotice } from "@/lib/notices/actions";
import type { NoticeStep } from "@/lib/notices/workflow";
import type { ActionResult } from "@/lib/server/result";

type Result = ActionResult<{ id: string; number?: string }>;
type StepAction = (previous: Result | null, formData: FormData) => Promise<Result>;

const SIMPLE: Record<Exclude<NoticeStep, "respond" | "return" | "close">, { action: StepAction; note: boolean; variant: "primary" | "secondary" }> = {
  sign: { action: signNotice, note: false, variant: "primary" },
  start: { action: startNotice, note: false, variant: "secondary" },
  review: { action: reviewNotice, note: true, variant: "primary" },
  chase: { action: chaseNotice, note: true, variant: "secondary" },
};

function Outcome({ state, step }: { state: Result | null; step: NoticeStep }) {
  const t = useTranslations("notices");
  return <FormMessage state={state?.ok ? { ok: true, message: t(`stepDone.${step}`) } : state} />;
}

function SimpleStep({ noticeId, step }: { noticeId: string; step: keyof typeof SIMPLE }) {
  const t = useTranslations("notices");
  const { action, note, variant } = SIMPLE[step];
  const form = useFormAction(action, { resetOnSuccess: true });
  const { state, errors } = form;
  return (
    <ActionForm form={form} className="space-y-2" data-testid={`step-${step}`}>
      <Outcome state={state} step={step} />
      <input type="hidden" name="id" value={noticeId} />
      {note && (
        <Field label={t("noteOptional")} htmlFor={`${step}-note`} error={errors.note}>
          <Input id={`${step}-note`} name="note" invalid={Boolean(errors.note)} />
        </Field>
      )}
      <SubmitButton variant={variant}>{t(`steps.${step}`)}</SubmitButton>
    </ActionForm>
  );
}

function RespondStep({ noticeId }: { noticeId: string }) {
  const t = useTranslations("notices");
  const tr = useTranslations("reports");
  const form = useFormAction(respondNotice, { resetOnSuccess: true });
  const { state, errors } = form;
  return (
    <ActionForm form={form} className="space-y-3" noValidate data-testid="step-respond">
      <Outcome state={state} step="respond" />
      <input type="hidden" name="id" value={noticeId} />
      <Field label={t("response")} htmlFor="respond-content" error={errors.content} required>
        <Textarea id="respond-content" name="content" rows={5} invalid={Boolean(errors.content)} />
      </Field>
      <Field label={t("attachments")} htmlFor="respond-attachments" error={errors.attachments} hint={t("attachmentsHint", { max: megabytes(MAX_ATTACHMENT_BYTES), total: megabytes(MAX_FILES_PER_REQUEST_BYTES), count: MAX_ATTACHMENTS_PER_RECORD })}>
        <FileInput id="respond-attachments" name="attachments" accept={ACCEPT_ATTRIBUTE} chooseLabel={tr("chooseFiles")} noneLabel={tr("noFileChosen")} maxTotalBytes={MAX_FILES_PER_REQUEST_BYTES} maxFiles={MAX_ATTACHMENTS_PER_RECORD} />
      </Field>
      <SubmitButton>{t("steps.respond")}</SubmitButton>
    </ActionForm>
  );
}

function ReturnStep({ noticeId }: { noticeId: string }) {
  const t = useTranslations("notices");
  const form = useFormAction(returnNotice, { resetOnSuccess: true });
  const { state, errors } = form;
  return (
    <ActionForm form={form} className="space-y-3" noValidate data-testid="step-return">
      <Outcome state={state} step="return" />
      <input type="hidden" name="id" value={noticeId} />
      <Field label={t("returnReason")} htmlFor="return-note" error={errors.note} required>
        <Textarea id="return-note" name="note" rows={3} invalid={Boolean(errors.note)} />
      </Field>
      <Field label={t("newDue")} htmlFor="return-due" error={errors.responseDue} className="max-w-xs">
        <Input id="return-due" name="responseDue" type="date" invalid={Boolean(errors.responseDue)} />
      </Field>
      <SubmitButton variant="danger">{t("steps.return")}</SubmitButton>
    </ActionForm>
  );
}

/** Closing: while warnings the notice was issued for are open, the office must state why. */
function CloseStep({ noticeId, openWarnings }: { noticeId: string; openWarnings: number }) {
  const t = useTranslations("notices");
  const form = useFormAction(closeNotice, { resetOnSuccess: true });
  const { state, errors } = form;
  return (
    <ActionForm form={form} className="space-y-2" noValidate data-testid="step-close">
      <Outcome state={state} step="close" />
      <input type="hidden" name="id" value={noticeId} />
      {openWarnings > 0 ? (
        <div className="space-y-2 rounded-md border border-orange-200 bg-orange-50 p-3" data-testid="close-guard">
          <div className="text-sm font-medium text-orange-800">{t("closeGuard.title", { count: openWarnings })}</div>
          <p className="text-xs text-orange-800">{t("closeGuard.hint")}</p>
          <Field label={t("closeGuard.reason")} htmlFor="close-reason" error={errors.overrideReason} required>
            <Textarea id="close-reason" name="overrideReason" rows={2} invalid={Boolean(errors.overrideReason)} />
          </Field>
        </div>
      ) : (
        <Field label={t("noteOptional")} htmlFor="close-note" error={errors.note}>
          <Input id="close-note" name="note" invalid={Boolean(errors.note)} />
        </Field>
      )}
      <SubmitButton>{t("steps.close")}</SubmitButton>
    </ActionForm>
  );
}

/** The steps the reader may take now, as the state machine and the reader's role allow. */
export function NoticeSteps({ noticeId, steps, openWarnings = 0 }: { noticeId: string; steps: NoticeStep[]; openWarnings?: number }) {
  return (
    <div className="space-y-5">
      {steps.map((step) =>
        step === "respond" ? (
          <RespondStep key={step} noticeId={noticeId} />
        ) : step === "return" ? (
          <ReturnStep key={step} noticeId={noticeId} />
        ) : step === "close" ? (
          <CloseStep key={step} noticeId={noticeId} openWarnings={openWarnings} />
        ) : (
          <SimpleStep key={step} noticeId={noticeId} step={step} />
        ),
      )}
    </div>
  );
}
