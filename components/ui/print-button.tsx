"use client";

import { useTranslations } from "next-intl";
import { Button } from "./button";

export function PrintButton() {
  const t = useTranslations("common");
  return (
    <Button type="button" onClick={() => window.print()}>
      {t("print")}
    </Button>
  );
}
