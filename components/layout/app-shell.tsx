import Link from "next/link";
import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import type { SessionUser } from "@/lib/auth/session";
import { navigationFor } from "@/lib/navigation";
import { logout } from "@/lib/auth/actions";
import { Badge } from "@/components/ui/badge";
import { LocaleSwitcher } from "./locale-switcher";
import { MobileNav, NavLinks } from "./nav-links";

export async function AppShell({ user, headerExtras, children }: { user: SessionUser; headerExtras?: ReactNode; children: ReactNode }) {
  const t = await getTranslations();
  const sections = navigationFor(user).map((section) => ({
    label: t(`nav.${section.label}` as "nav.home"),
    items: section.items.map((item) => ({ href: item.href, label: t(`nav.${item.label}` as "nav.home") })),
  }));
  return (
    <div className="min-h-screen lg:flex">
      <aside className="no-print hidden w-56 shrink-0 border-r border-slate-200 bg-white lg:block">
        <div className="sticky top-0 flex h-screen flex-col">
          <div className="border-b border-slate-100 px-4 py-4">
            <div className="text-sm font-semibold text-brand-700">{t("common.appShort")}</div>
            <div className="mt-0.5 truncate text-xs text-slate-500" title={user.zoneName}>{user.zoneName}</div>
          </div>
          <NavLinks sections={sections} />
        </div>
      </aside>
      <div className="flex min-w-0 flex-1 flex-col">
        <header className="no-print sticky top-0 z-20 flex items-center justify-between gap-2 border-b border-slate-200 bg-white/95 px-3 py-2 backdrop-blur sm:px-6">
          <div className="flex items-center gap-2">
            <MobileNav sections={sections} title={t("common.appShort")} menuLabel={t("common.menu")} />
            <span className="whitespace-nowrap text-sm font-semibold text-brand-700 lg:hidden">{t("common.appShort")}</span>
          </div>
          <div className="flex items-center gap-1 sm:gap-3">
            {headerExtras}
            <div className="hidden text-right sm:block" data-testid="current-user">
              <div className="text-sm font-medium text-slate-800">{user.name}</div>
              <div className="text-xs text-slate-500">
                {user.unitName} · <span data-testid="current-role">{t(`enums.Role.${user.role}`)}</span>
                {" · "}
                <Link href="/account/profile" className="text-brand-700 hover:underline" data-testid="profile-link">{t("delivery.profile.link")}</Link>
                {" · "}
                <Link href="/account/password" className="text-brand-700 hover:underline" data-testid="change-password-link">{t("auth.changePassword")}</Link>
              </div>
            </div>
            <Link href="/account/password" className="sm:hidden" title={t("auth.changePassword")}>
              <Badge tone="brand">{t(`enums.Role.${user.role}`)}</Badge>
            </Link>
            <LocaleSwitcher />
            {/* eslint-disable-next-line no-restricted-syntax -- a server component's sign-out button: no field to keep */}
            <form action={logout}>
              <button type="submit" className="whitespace-nowrap rounded-md px-2 py-1 text-sm text-slate-600 hover:bg-slate-100" data-testid="logout">
                {t("auth.logout")}
              </button>
            </form>
          </div>
        </header>
        <main className="mx-auto w-full max-w-7xl flex-1 px-3 py-5 sm:px-6">{children}</main>
      </div>
    </div>
  );
}
