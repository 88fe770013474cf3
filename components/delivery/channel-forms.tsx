"use client";
// The forms of /admin/channels: a channel's settings (one form, the fields of its kind), a
// test message, and the retries of /admin/channels/deliveries. A secret is never sent to the
// browser: its field shows "已设置" and stays empty, typing replaces it, "清除" removes it.
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { ActionForm } from "@/components/ui/action-form";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Field, FormMessage, Input, Select, Textarea } from "@/components/ui/form";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFormAction } from "@/components/ui/use-form-action";
import type { ChannelKind } from "@/lib/db/generated/enums";
import { retryAllDeliveries, retryDelivery, saveChannel, sendTestMessage } from "@/lib/delivery/actions";
import { DEFAULT_RATE_PER_MINUTE } from "@/lib/delivery/channels/rates";
import type { ChannelRow } from "@/lib/delivery/queries";

/** What the form edits of a channel row (lib/delivery/queries.ts): its settings, not its counts. */
export type ChannelFormValues = Omit<ChannelRow, "kind" | "counts" | "lastTest">;

function SecretField({ name, label, channel, error, hint }: { name: string; label: string; channel?: ChannelFormValues; error?: string[]; hint?: string }) {
  const t = useTranslations("delivery.secret");
  const unreadable = channel ? channel.secretsSet === null : false;
  const set = channel?.secretsSet?.includes(name) ?? false;
  return (
    <Field
      label={
        <span className="flex items-center gap-2">
          {label}
          {channel && <span data-testid={`secret-state-${name}`}><Badge tone={unreadable ? "red" : set ? "green" : "gray"}>{unreadable ? t("unreadable") : set ? t("set") : t("notSet")}</Badge></span>}
        </span>
      }
      htmlFor={`secret-${name}`}
      error={error}
      hint={hint ?? (set ? t("replaceHint") : undefined)}
    >
      <Input id={`secret-${name}`} name={name} type="password" autoComplete="new-password" defaultValue="" invalid={Boolean(error)} />
      {set && (
        <label className="mt-1 flex items-center gap-2 text-xs text-slate-600">
          <input type="checkbox" name="clearSecrets" value={name} />
          {t("clear")}
        </label>
      )}
    </Field>
  );
}

const text = (config: Record<string, unknown>, key: string, fallback = "") => (typeof config[key] === "string" || typeof config[key] === "number" ? String(config[key]) : fallback);

export function ChannelForm({ kind, channel, units }: { kind: ChannelKind; channel?: ChannelFormValues; units: { id: string; name: string }[] }) {
  const t = useTranslations("delivery.form");
  const router = useRouter();
  const form = useFormAction(saveChannel, { onSuccess: (data) => router.push(`/admin/channels?saved=${data.id}`) });
  const { errors, failure } = form;
  const config = channel?.config ?? {};
  const parameters = config.parameters && typeof config.parameters === "object" ? Object.entries(config.parameters as Record<string, string>).map(([name, value]) => `${name}=${value}`).join("\n") : "title={subject}\nurl={link}";
  return (
    <ActionForm form={form} className="max-w-2xl space-y-4" data-testid="channel-form">
      <FormMessage state={failure} />
      <input type="hidden" name="kind" value={kind} />
      {channel && <input type="hidden" name="id" value={channel.id} />}
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label={t("name")} htmlFor="name" error={errors.name} hint={t("nameHint")} required>
          <Input id="name" name="name" defaultValue={channel?.name ?? ""} maxLength={60} invalid={Boolean(errors.name)} />
        </Field>
        <Field label={t("rate")} htmlFor="ratePerMinute" error={errors.ratePerMinute} hint={kind === "WECOM" || kind === "DINGTALK" ? t("rateHint") : undefined} required>
          <Input id="ratePerMinute" name="ratePerMinute" type="number" min={1} max={600} defaultValue={channel?.ratePerMinute ?? DEFAULT_RATE_PER_MINUTE[kind]} invalid={Boolean(errors.ratePerMinute)} />
        </Field>
      </div>
      <label className="flex items-center gap-2 text-sm text-slate-700">
        <input type="checkbox" name="enabled" defaultChecked={channel?.enabled ?? true} className="h-4 w-4 rounded border-slate-300" />
        {t("enabled")}
      </label>

      {kind === "EMAIL" && (
        <div className="grid gap-4 sm:grid-cols-2">
          <Field label={t("host")} htmlFor="host" error={errors.host} required>
            <Input id="host" name="host" defaultValue={text(config, "host")} invalid={Boolean(errors.host)} />
          </Field>
          <Field label={t("port")} htmlFor="port" error={errors.port} required>
            <Input id="port" name="port" type="number" min={1} max={65535} defaultValue={text(config, "port", "587")} invalid={Boolean(errors.port)} />
          </Field>
          <label className="flex items-center gap-2 text-sm text-slate-700 sm:col-span-2">
            <input type="checkbox" name="secure" defaultChecked={config.secure === true} className="h-4 w-4 rounded border-slate-300" />
            {t("secure")}
          </label>
          <Field label={t("user")} htmlFor="user" error={errors.user}>
            <Input id="user" name="user" autoComplete="off" defaultValue={text(config, "user")} invalid={Boolean(errors.user)} />
          </Field>
          <SecretField name="password" label={t("password")} channel={channel} error={errors.password} />
          <Field label={t("from")} htmlFor="from" error={errors.from} hint={t("fromHint")} required className="sm:col-span-2">
            <Input id="from" name="from" defaultValue={text(config, "from")} invalid={Boolean(errors.from)} />
          </Field>
        </div>
      )}

      {(kind === "WECOM" || kind === "DINGTALK") && (
        <div className="space-y-4">
          <Field label={t("url")} htmlFor="url" error={errors.url} hint={kind === "WECOM" ? t("wecomUrlHint") : t("dingtalkUrlHint")} required>
            <Input id="url" name="url" type="url" defaultValue={text(config, "url", kind === "WECOM" ? "https://qyapi.weixin.qq.com/cgi-bin/webhook/send" : "https://oapi.dingtalk.com/robot/send")} invalid={Boolean(errors.url)} />
          </Field>
          {kind === "WECOM" ? (
            <SecretField name="key" label={t("key")} channel={channel} error={errors.key} />
          ) : (
            <div className="grid gap-4 sm:grid-cols-2">
              <SecretField name="accessToken" label={t("accessToken")} channel={channel} error={errors.accessToken} />
              <SecretField name="signSecret" label={t("signSecret")} channel={channel} error={errors.signSecret} />
            </div>
          )}
        </div>
      )}

      {kind === "SMS" && (
        <div className="grid gap-4 sm:grid-cols-2">
          <Field label={t("smsUrl")} htmlFor="url" error={errors.url} required className="sm:col-span-2">
            <Input id="url" name="url" type="url" defaultValue={text(config, "url")} invalid={Boolean(errors.url)} />
          </Field>
          <Field label={t("templateId")} htmlFor="templateId" error={errors.templateId} required>
            <Input id="templateId" name="templateId" defaultValue={text(config, "templateId")} invalid={Boolean(errors.templateId)} />
          </Field>
          <SecretField name="token" label={t("token")} channel={channel} error={errors.token} />
          {(["mobileField", "templateField", "parametersField"] as const).map((field) => {
            const fallback = { mobileField: "mobile", templateField: "templateId", parametersField: "params" }[field];
            return (
              <Field key={field} label={t(field)} htmlFor={field} error={errors[field]} hint={t("fieldHint", { value: fallback })}>
                <Input id={field} name={field} defaultValue={text(config, field)} placeholder={fallback} invalid={Boolean(errors[field])} />
              </Field>
            );
          })}
          <Field label={t("parameters")} htmlFor="parameters" error={errors.parameters} hint={t("parametersHint")} className="sm:col-span-2">
            <Textarea id="parameters" name="parameters" rows={4} className="font-mono text-xs" defaultValue={parameters} invalid={Boolean(errors.parameters)} />
          </Field>
        </div>
      )}

      <Field label={t("units")} htmlFor="unitIds" error={errors.unitIds} hint={t("unitsHint")}>
        <Select id="unitIds" name="unitIds" multiple size={Math.min(8, Math.max(3, units.length))} defaultValue={channel?.unitIds ?? []} invalid={Boolean(errors.unitIds)}>
          {units.map((unit) => (
            <option key={unit.id} value={unit.id}>{unit.name}</option>
          ))}
        </Select>
      </Field>
      <SubmitButton testId="save-channel">{t("save")}</SubmitButton>
    </ActionForm>
  );
}

/** A test message through a channel (channelId empty: the environment's e-mail). */
export function TestMessageForm({ channelId, kind, perRecipient }: { channelId: string | null; kind: ChannelKind; perRecipient: boolean }) {
  const t = useTranslations("delivery.test");
  const router = useRouter();
  const form = useFormAction(sendTestMessage, { onSuccess: () => router.refresh() });
  const { errors, state } = form;
  return (
    <ActionForm form={form} className="flex flex-wrap items-start gap-2" data-testid={`test-${channelId ?? "env"}`}>
      <input type="hidden" name="channelId" value={channelId ?? ""} />
      <input type="hidden" name="kind" value={kind} />
      {perRecipient && (
        <div className="w-56">
          <Input name="address" aria-label={t("address")} placeholder={kind === "EMAIL" ? t("emailHint") : t("mobileHint")} invalid={Boolean(errors.address)} className="py-1 text-xs" />
          {errors.address?.map((message) => <p key={message} className="text-xs text-red-600" role="alert">{message}</p>)}
        </div>
      )}
      <Button type="submit" variant="secondary" disabled={form.pending} aria-busy={form.pending} className="px-2 py-1 text-xs">{t("button")}</Button>
      <FormMessage state={state?.ok ? { ok: true, message: t("queued") } : state && !state.ok && !errors.address ? state : null} />
    </ActionForm>
  );
}

export function RetryDelivery({ id, uncertain }: { id: string; uncertain: boolean }) {
  const t = useTranslations("delivery.deliveries");
  const router = useRouter();
  const form = useFormAction(retryDelivery, { onSubmit: () => !uncertain || window.confirm(t("confirmUncertain")), onSuccess: () => router.refresh() });
  return (
    <ActionForm form={form} className="inline-flex flex-col gap-1" data-testid="retry-delivery">
      <input type="hidden" name="id" value={id} />
      <Button type="submit" variant="secondary" disabled={form.pending} aria-busy={form.pending} className="px-2 py-0.5 text-xs">{t("retry")}</Button>
      <FormMessage state={form.state?.ok ? { ok: true, message: t("retried") } : form.failure} />
    </ActionForm>
  );
}

export function RetryAllDeliveries({ channelKind }: { channelKind: ChannelKind | null }) {
  const t = useTranslations("delivery.deliveries");
  const router = useRouter();
  const form = useFormAction(retryAllDeliveries, { onSubmit: () => window.confirm(t("confirmAll")), onSuccess: () => router.refresh() });
  return (
    <ActionForm form={form} className="inline-flex flex-wrap items-center gap-2" data-testid="retry-all">
      <input type="hidden" name="channelKind" value={channelKind ?? ""} />
      <Button type="submit" disabled={form.pending} aria-busy={form.pending}>{t("retryAll")}</Button>
      <FormMessage state={form.state?.ok ? { ok: true, message: t("retriedAll", { count: form.state.data.count }) } : form.failure} />
    </ActionForm>
  );
}
