import { getLocale, getTranslations } from "next-intl/server";
import { RuleForm } from "@/components/warnings/rule-form";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { pageUser } from "@/lib/auth/guard";
import { formatDateTime } from "@/lib/format";
import { getRuleSettings } from "@/lib/warnings/queries";
import { WARNING_KINDS } from "@/lib/warnings/rules";

export async function generateMetadata() {
  return { title: (await getTranslations("warnings"))("rulesTitle") };
}

export default async function WarningRulesPage() {
  const user = await pageUser("warningRule.manage");
  const [t, locale, settings] = await Promise.all([getTranslations(), getLocale(), getRuleSettings(user)]);
  return (
    <div className="space-y-4">
      <PageHeader
        title={t("warnings.rulesTitle")}
        description={t("warnings.rulesDescription")}
        actions={
          <>
            <ButtonLink href="/warnings/runs">{t("warnings.rules.runNow")}</ButtonLink>
            <ButtonLink href="/warnings">{t("common.back")}</ButtonLink>
          </>
        }
      />
      {WARNING_KINDS.map((kind) => {
        const rule = settings.rules[kind];
        const updated = settings.updated[kind];
        return (
          <Card
            key={kind}
            title={
              <span className="flex items-center gap-2">
                {t(`enums.WarningKind.${kind}`)}
                {!rule.enabled && <Badge>{t("warnings.rules.disabled")}</Badge>}
              </span>
            }
            actions={updated && <span className="text-xs text-slate-500">{updated.by ?? t("warnings.system")} · {formatDateTime(updated.at, locale, user.timeZone)}</span>}
          >
            <p className="mb-3 text-sm text-slate-600">{t(`warnings.kindDescriptions.${kind}`)}</p>
            <RuleForm kind={kind} enabled={rule.enabled} params={rule.params as Record<string, number | string>} />
          </Card>
        );
      })}
    </div>
  );
}
