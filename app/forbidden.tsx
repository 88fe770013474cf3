import { getTranslations } from "next-intl/server";
import { ButtonLink } from "@/components/ui/button";

export default async function Forbidden() {
  const t = await getTranslations("common");
  return (
    <main className="flex min-h-[60vh] flex-col items-center justify-center gap-3 px-4 text-center" data-testid="forbidden">
      <div className="text-5xl font-bold text-slate-300">403</div>
      <h1 className="text-xl font-semibold text-slate-800">{t("forbidden")}</h1>
      <p className="max-w-md text-sm text-slate-500">{t("forbiddenHint")}</p>
      <ButtonLink href="/">{t("goHome")}</ButtonLink>
    </main>
  );
}
