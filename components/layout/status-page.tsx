import { getTranslations } from "next-intl/server";
import { ButtonLink } from "@/components/ui/button";

/** The 403 and 404 pages: a big code, a title, a hint and the way home. */
export async function StatusPage({ code, title, hint, testId }: { code: number; title: string; hint: string; testId: string }) {
  const t = await getTranslations("common");
  return (
    <main className="flex min-h-[60vh] flex-col items-center justify-center gap-3 px-4 text-center" data-testid={testId}>
      <div className="text-5xl font-bold text-slate-300">{code}</div>
      <h1 className="text-xl font-semibold text-slate-800">{title}</h1>
      <p className="max-w-md text-sm text-slate-500">{hint}</p>
      <ButtonLink href="/">{t("goHome")}</ButtonLink>
    </main>
  );
}
