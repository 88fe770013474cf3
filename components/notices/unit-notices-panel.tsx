import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import type { Actor } from "@/lib/auth/permissions";
import { formatDate } from "@/lib/format";
import { listUnitNotices } from "@/lib/notices/queries";
import { DueBadge } from "./due-badge";
import { NoticeStatusBadge } from "./notice-status-badge";

/** The notices the reporter's unit still has to sign for or answer, soonest due first, with a countdown. */
export async function UnitNoticesPanel({ user }: { user: Actor }) {
  const [t, locale, notices] = await Promise.all([getTranslations(), getLocale(), listUnitNotices(user)]);
  return (
    <Card title={`${t("notices.unitTitle")}${notices.length ? `（${notices.length}）` : ""}`} actions={<Link href="/notices" className="text-sm text-brand-700 hover:underline">{t("warnings.viewAll")}</Link>}>
      {notices.length === 0 ? (
        <p className="text-sm text-slate-500">{t("notices.unitEmpty")}</p>
      ) : (
        <ul className="divide-y divide-slate-100" data-testid="unit-notices">
          {notices.map((notice) => (
            <li key={notice.id} className="py-2 text-sm">
              <div className="flex flex-wrap items-center gap-2">
                <Link href={`/notices/${notice.id}`} className="font-medium text-brand-700 hover:underline">{notice.number}</Link>
                <NoticeStatusBadge status={notice.status} />
                <DueBadge status={notice.status} daysLeft={notice.daysLeft} />
              </div>
              <p className="mt-0.5 text-slate-800">{notice.title}</p>
              <p className="text-xs text-slate-500">{t("notices.responseDue")} {formatDate(notice.responseDue, locale)}</p>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
