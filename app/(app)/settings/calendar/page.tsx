import { getLocale, getTranslations } from "next-intl/server";
import { AddCalendarDayForm, DeleteCalendarDay, ImportCalendarForm, LoadStateSchedule, ReportingSettingsForm } from "@/components/calendar/calendar-forms";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import { orNotFound, pageUser } from "@/lib/auth/guard";
import { getCalendarPage } from "@/lib/calendar/queries";
import { isoWeekday } from "@/lib/dates/calendar";
import { formatDate, formatDateTime } from "@/lib/format";
import { weekKeyLabel } from "@/lib/dates/week-label";

export async function generateMetadata() {
  return { title: (await getTranslations("calendar"))("title") };
}

export default async function CalendarSettingsPage({ searchParams }: { searchParams: Promise<{ year?: string }> }) {
  const user = await pageUser("settings.manage");
  const { year: yearParam } = await searchParams;
  const [t, locale, page] = await Promise.all([getTranslations("calendar"), getLocale(), orNotFound(getCalendarPage(user, yearParam))]);
  const weekday = (key: string) => t(`days.weekdays.${isoWeekday(key)}` as "days.weekdays.1");
  return (
    <div className="space-y-4">
      <PageHeader title={t("title")} description={t("description")} actions={<ButtonLink href="/settings">{t("settingsTitle")}</ButtonLink>} />

      <Card title={t("reporting.title")}>
        <p className="mb-1 text-sm text-slate-700" data-testid="effective-start">
          {page.effectiveStart ? t("reporting.effective", { date: formatDate(page.effectiveStart, locale) }) : t("reporting.effectiveNone")}
        </p>
        <p className="mb-4 text-sm text-slate-500">
          {t("reporting.deadline", { weekday: t(`days.weekdays.${page.deadline.weekday}` as "days.weekdays.1"), time: page.deadline.time, timeZone: page.timeZone })}
        </p>
        <ReportingSettingsForm reportingStartsOn={page.reportingStartsOn} holidayPolicy={page.holidayPolicy} />
      </Card>

      <Card
        title={t("days.title", { year: page.year })}
        actions={
          <>
            <ButtonLink href={`/settings/calendar?year=${page.year - 1}`}>{t("days.previousYear")}</ButtonLink>
            <ButtonLink href={`/settings/calendar?year=${page.year + 1}`}>{t("days.nextYear")}</ButtonLink>
          </>
        }
      >
        {page.stateSchedule && (
          <div className={page.stateSchedule.complete ? "mb-3 rounded-md bg-slate-50 px-3 py-2 text-sm text-slate-700" : "mb-3 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900"} data-testid="state-schedule">
            {t(page.stateSchedule.complete ? "state.complete" : "state.partial", { year: page.year, source: page.stateSchedule.source, days: page.stateSchedule.days })}{" "}
            {page.stateSchedule.loaded ? t("state.loaded") : <LoadStateSchedule year={page.year} />}
          </div>
        )}
        {page.days.length === 0 ? (
          <EmptyState title={t("days.empty", { year: page.year })} />
        ) : (
          <Table caption={t("days.title", { year: page.year })}>
            <thead>
              <tr>
                <Th>{t("days.date")}</Th>
                <Th>{t("days.weekday")}</Th>
                <Th>{t("days.kind")}</Th>
                <Th>{t("days.name")}</Th>
                <Th>{t("days.actions")}</Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {page.days.map((day) => (
                <tr key={day.id} data-testid="calendar-day" data-date={day.date}>
                  <Td className="whitespace-nowrap">{formatDate(day.date, locale)}</Td>
                  <Td className="text-xs">{weekday(day.date)}</Td>
                  <Td><Badge tone={day.kind === "HOLIDAY" ? "green" : "orange"}>{t(`days.kinds.${day.kind}`)}</Badge></Td>
                  <Td>{day.name || "—"}</Td>
                  <Td><DeleteCalendarDay id={day.id} /></Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
        <div className="mt-4">
          <AddCalendarDayForm year={page.year} />
        </div>
      </Card>

      <Card title={t("weeks.title", { year: page.year })}>
        <p className="mb-2 text-xs text-slate-500">{t("weeks.hint")}</p>
        {page.weeks.length === 0 ? (
          <EmptyState title={t("weeks.empty", { year: page.year })} />
        ) : (
          <Table caption={t("weeks.title", { year: page.year })}>
            <thead>
              <tr>
                <Th>{t("weeks.week")}</Th>
                <Th>{t("weeks.holiday")}</Th>
                <Th>{t("weeks.deadline")}</Th>
                <Th>{t("weeks.effect")}</Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {page.weeks.map((week) => (
                <tr key={week.week} data-testid="affected-week" data-week={week.week}>
                  <Td className="whitespace-nowrap text-xs">{weekKeyLabel(week.week, locale)}</Td>
                  <Td>{week.holiday ?? "—"}</Td>
                  <Td className="whitespace-nowrap text-xs">{week.exemption ? "—" : formatDateTime(week.deadline, locale, page.timeZone)}</Td>
                  <Td className="text-xs">
                    {week.required ? t("weeks.required") : week.exemption ? t(`weeks.exemption.${week.exemption}`) : week.moved ? t(`weeks.moved.${week.moved}`) : "—"}
                  </Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
      </Card>

      <Card title={t("import.title")}>
        <ImportCalendarForm />
      </Card>
    </div>
  );
}
