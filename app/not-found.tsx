import { getTranslations } from "next-intl/server";
import { StatusPage } from "@/components/layout/status-page";

export default async function NotFound() {
  const t = await getTranslations("common");
  return <StatusPage code={404} title={t("notFound")} hint={t("notFoundHint")} testId="not-found" />;
}
