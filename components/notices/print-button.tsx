"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";

export function PrintButton() {
  const t = useTranslations("common");
  return (
    <Button type="button" onClick={() => window.print()} className="no-print">
      {t("print")}
    </Button>
  );
}
