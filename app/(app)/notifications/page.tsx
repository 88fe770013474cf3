import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { MarkReadForm } from "@/components/notifications/mark-read-form";
import { Badge } from "@/components/ui/badge";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { FilterForm, FilterSelect } from "@/components/ui/filter-form";
import { Pagination } from "@/components/ui/pagination";
import { pageUser } from "@/lib/auth/guard";
import { formatDateTime } from "@/lib/format";
import { listNotifications } from "@/lib/notifications/queries";

export async function generateMetadata() {
  return { title: (await getTranslations("notifications"))("title") };
}

export default async function NotificationsPage({ searchParams }: { searchParams: Promise<{ unread?: string; page?: string }> }) {
  const user = await pageUser();
  const search = await searchParams;
  const [t, locale, notifications] = await Promise.all([getTranslations(), getLocale(), listNotifications(user, { unreadOnly: search.unread === "1", page: search.page })]);
  return (
    <div>
      <PageHeader title={t("notifications.title")} actions={<MarkReadForm />} />
      <FilterForm action="/notifications">
        <FilterSelect name="unread" label={t("notifications.unreadOnly")} value={search.unread} allLabel={t("common.all")} options={[{ value: "1", label: t("notifications.unreadOnly") }]} />
      </FilterForm>
      <Card>
        {notifications.items.length === 0 ? (
          <EmptyState title={t("notifications.empty")} />
        ) : (
          <ul className="divide-y divide-slate-100" data-testid="notification-list">
            {notifications.items.map((notification) => (
              <li key={notification.id} className="flex flex-wrap items-start justify-between gap-3 py-3" data-testid="notification-row" data-unread={notification.readAt ? "false" : "true"}>
                <div className="min-w-0">
                  <div className="flex flex-wrap items-center gap-2">
                    {!notification.readAt && <Badge tone="red">{t("notifications.unread")}</Badge>}
                    {notification.link ? (
                      <Link href={notification.link} className="font-medium text-slate-800 hover:text-brand-700">{notification.title}</Link>
                    ) : (
                      <span className="font-medium text-slate-800">{notification.title}</span>
                    )}
                  </div>
                  {notification.body && <p className="mt-0.5 text-sm text-slate-600">{notification.body}</p>}
                  <p className="text-xs text-slate-500">{formatDateTime(notification.createdAt, locale, user.timeZone)}</p>
                </div>
                {!notification.readAt && <MarkReadForm id={notification.id} />}
              </li>
            ))}
          </ul>
        )}
        <Pagination page={notifications.page} pages={notifications.pages} total={notifications.total} params={search} basePath="/notifications" />
      </Card>
    </div>
  );
}
