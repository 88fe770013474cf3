"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("common");
  return (
    <div className="flex min-h-[50vh] flex-col items-center justify-center gap-3 text-center" role="alert">
      <h1 className="text-xl font-semibold text-slate-800">{t("errorTitle")}</h1>
      <p className="text-sm text-slate-500">{t("errorHint")}</p>
      <Button onClick={reset}>{t("retry")}</Button>
    </div>
  );
}
