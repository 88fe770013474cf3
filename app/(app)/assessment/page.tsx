import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import { pageUser } from "@/lib/auth/guard";
import { can } from "@/lib/auth/permissions";
import { listRounds } from "@/lib/assessment/queries";
import { formatDateTime } from "@/lib/format";

export async function generateMetadata() {
  return { title: (await getTranslations("nav"))("assessment") };
}

export default async function AssessmentPage() {
  const user = await pageUser("assessment.read");
  const [t, locale, rounds] = await Promise.all([getTranslations(), getLocale(), listRounds(user)]);
  const manage = can(user, "assessment.manage");
  const own = user.role === "REPORTER";
  return (
    <div>
      <PageHeader
        title={t("nav.assessment")}
        description={manage ? t("assessment.list.descriptionOffice") : own ? t("assessment.list.descriptionUnit", { unit: user.unitName }) : t("assessment.list.descriptionLeader")}
        actions={manage ? <ButtonLink href="/assessment/settings">{t("assessment.settings.title")}</ButtonLink> : undefined}
      />
      <Card>
        {rounds.length === 0 ? (
          <EmptyState title={t("assessment.list.empty")} />
        ) : (
          <Table caption={t("nav.assessment")}>
            <thead>
              <tr>
                <Th>{t("assessment.list.quarter")}</Th>
                <Th>{t("common.status")}</Th>
                {own ? <Th>{t("assessment.list.ownResult")}</Th> : <Th>{t("assessment.list.units")}</Th>}
                <Th>{t("assessment.list.publishedAt")}</Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {rounds.map((round) => (
                <tr key={round.quarter} className="hover:bg-slate-50" data-testid="round-row">
                  <Td>
                    <Link href={own ? `/assessment/${round.quarter}/${user.unitId}` : `/assessment/${round.quarter}`} className="font-medium text-brand-700 hover:underline">
                      {t("assessment.quarterLabel", { year: Number(round.quarter.slice(0, 4)), quarter: Number(round.quarter.slice(6)) })}
                    </Link>
                  </Td>
                  <Td>
                    <Badge tone={round.status === "PUBLISHED" ? "green" : round.status === "DRAFT" ? "yellow" : "gray"}>{t(`assessment.status.${round.status}`)}</Badge>
                  </Td>
                  {own ? (
                    <Td>{round.own ? t("assessment.list.ownScore", { total: round.own.total.toFixed(2), rank: round.own.rank ?? "—" }) : "—"}</Td>
                  ) : (
                    <Td className="tabular-nums">{round.units || "—"}</Td>
                  )}
                  <Td className="text-xs">{formatDateTime(round.publishedAt, locale, user.timeZone)}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
      </Card>
    </div>
  );
}
