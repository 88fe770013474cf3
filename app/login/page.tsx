import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { LoginForm } from "@/components/auth/login-form";
import { LocaleSwitcher } from "@/components/layout/locale-switcher";
import { safeCallbackPath } from "@/lib/auth/callback-url";
import { isDemoInstallation } from "@/lib/auth/demo";
import { getCurrentUser } from "@/lib/auth/session";

export async function generateMetadata() {
  const t = await getTranslations("auth");
  return { title: t("title") };
}

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string | string[] }> }) {
  const callbackPath = safeCallbackPath((await searchParams).callbackUrl);
  // Signed in already (a link from a message opened in a browser with a session): go
  // straight to the page. With the database down the form still renders; signing in then says so.
  if (await getCurrentUser().catch(() => null)) redirect(callbackPath);
  const t = await getTranslations();
  const demo = await isDemoInstallation().catch(() => false);
  return (
    <main className="flex min-h-screen flex-col items-center justify-center bg-gradient-to-b from-brand-900 to-brand-700 px-4 py-10">
      <div className="w-full max-w-sm rounded-xl bg-white p-6 shadow-xl sm:p-8">
        <div className="mb-6 flex items-start justify-between gap-2">
          <div>
            <h1 className="text-lg font-semibold text-slate-900">{t("common.appName")}</h1>
            <p className="mt-1 text-xs text-slate-500">{t("auth.subtitle")}</p>
          </div>
          <LocaleSwitcher />
        </div>
        <LoginForm callbackUrl={callbackPath} />
        {demo && <p className="mt-6 text-xs text-slate-400" data-testid="demo-hint">{t("auth.demoHint")}</p>}
      </div>
    </main>
  );
}
