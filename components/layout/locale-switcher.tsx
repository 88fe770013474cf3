"use client";

import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { setLocale } from "@/lib/i18n/actions";
import { cn } from "@/components/ui/cn";

export function LocaleSwitcher({ className }: { className?: string }) {
  const locale = useLocale();
  const t = useTranslations("common");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const next = locale === "zh-CN" ? "en" : "zh-CN";
  return (
    <button
      type="button"
      disabled={pending}
      data-testid="locale-switcher"
      className={cn("whitespace-nowrap rounded-md px-2 py-1 text-sm text-slate-600 hover:bg-slate-100", className)}
      aria-label={t("language")}
      onClick={() =>
        startTransition(async () => {
          await setLocale(next);
          router.refresh();
        })
      }
    >
      {t("switchTo")}
    </button>
  );
}
