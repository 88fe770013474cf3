"use client";
// /account/profile: one's contact details and, per kind of message, the channels it comes
// through. Required kinds are shown ticked and disabled (the server refuses to untick them).
import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/ui/action-form";
import { Badge } from "@/components/ui/badge";
import { Field, FormMessage, Input } from "@/components/ui/form";
import { SubmitButton } from "@/components/ui/submit-button";
import { Table, Td, Th } from "@/components/ui/table";
import { useFormAction } from "@/components/ui/use-form-action";
import type { ChannelKind, NotificationKind } from "@/lib/db/generated/enums";
import { saveProfile } from "@/lib/delivery/profile-actions";

export interface ProfileValues {
  email: string;
  phone: string | null;
  wecomUserId: string | null;
  dingtalkUserId: string | null;
  kinds: { kind: NotificationKind; required: boolean; channels: ChannelKind[] }[];
  configured: ChannelKind[];
}

const CHANNEL_COLUMNS: ChannelKind[] = ["EMAIL", "SMS", "WECOM", "DINGTALK"];

export function ProfileForm({ profile }: { profile: ProfileValues }) {
  const t = useTranslations("delivery.profile");
  const tk = useTranslations("delivery.kinds");
  const form = useFormAction(saveProfile);
  const { errors, failure, state } = form;
  return (
    <ActionForm form={form} className="space-y-6" data-testid="profile-form">
      <FormMessage state={state?.ok ? { ok: true, message: t("saved") } : failure} />
      <section className="space-y-4">
        <h2 className="text-base font-semibold text-slate-800">{t("contact")}</h2>
        <div className="grid max-w-2xl gap-4 sm:grid-cols-2">
          <Field label={t("email")} htmlFor="email" error={errors.email} hint={t("emailHint")} required>
            <Input id="email" name="email" type="email" defaultValue={profile.email} invalid={Boolean(errors.email)} />
          </Field>
          <Field label={t("currentPassword")} htmlFor="currentPassword" error={errors.currentPassword}>
            <Input id="currentPassword" name="currentPassword" type="password" autoComplete="current-password" invalid={Boolean(errors.currentPassword)} />
          </Field>
          <Field label={t("phone")} htmlFor="phone" error={errors.phone}>
            <Input id="phone" name="phone" type="tel" defaultValue={profile.phone ?? ""} invalid={Boolean(errors.phone)} />
          </Field>
          <div />
          <Field label={t("wecomUserId")} htmlFor="wecomUserId" error={errors.wecomUserId} hint={t("userIdHint")}>
            <Input id="wecomUserId" name="wecomUserId" defaultValue={profile.wecomUserId ?? ""} invalid={Boolean(errors.wecomUserId)} />
          </Field>
          <Field label={t("dingtalkUserId")} htmlFor="dingtalkUserId" error={errors.dingtalkUserId} hint={t("userIdHint")}>
            <Input id="dingtalkUserId" name="dingtalkUserId" defaultValue={profile.dingtalkUserId ?? ""} invalid={Boolean(errors.dingtalkUserId)} />
          </Field>
        </div>
      </section>

      <section className="space-y-2">
        <h2 className="text-base font-semibold text-slate-800">{t("choices")}</h2>
        <p className="text-sm text-slate-600">{t("choicesHint")}</p>
        {errors.choice?.map((message) => <p key={message} className="text-sm text-red-600" role="alert">{message}</p>)}
        <Table caption={t("choices")}>
          <thead>
            <tr>
              <Th>{t("kind")}</Th>
              {CHANNEL_COLUMNS.map((channel) => (
                <Th key={channel} className="text-center">
                  {tk(channel)}
                  {!profile.configured.includes(channel) && <div className="font-normal text-slate-400">{t("notConfigured")}</div>}
                </Th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {profile.kinds.map((row) => (
              <tr key={row.kind} data-testid="choice-row" data-kind={row.kind}>
                <Td>
                  {t(`kinds.${row.kind}`)}
                  {row.required && <Badge tone="red" className="ml-2">{t("required")}</Badge>}
                  {!row.required && <input type="hidden" name="offered" value={row.kind} />}
                </Td>
                {CHANNEL_COLUMNS.map((channel) => (
                  <Td key={channel} className="text-center">
                    <input
                      type="checkbox"
                      name="choice"
                      value={`${row.kind}:${channel}`}
                      defaultChecked={row.required || row.channels.includes(channel)}
                      disabled={row.required}
                      aria-label={`${t(`kinds.${row.kind}`)} · ${tk(channel)}`}
                      className="h-4 w-4 rounded border-slate-300"
                    />
                  </Td>
                ))}
              </tr>
            ))}
          </tbody>
        </Table>
      </section>
      <SubmitButton testId="save-profile">{t("save")}</SubmitButton>
    </ActionForm>
  );
}
