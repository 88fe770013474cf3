import { getTranslations } from "next-intl/server";
import { NoticePrint } from "@/components/notices/notice-print";
import { PrintButton } from "@/components/notices/print-button";
import { ButtonLink } from "@/components/ui/button";
import { orNotFound, pageUser } from "@/lib/auth/guard";
import { getNotice } from "@/lib/notices/queries";

export default async function NoticePrintPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await pageUser("notice.read");
  const { id } = await params;
  const [t, notice] = await Promise.all([getTranslations(), orNotFound(getNotice(user, id))]);
  return (
    <div className="space-y-4">
      <div className="no-print flex justify-end gap-2">
        <PrintButton />
        <ButtonLink href={`/notices/${notice.id}`}>{t("common.back")}</ButtonLink>
      </div>
      <NoticePrint notice={notice} timeZone={user.timeZone} />
    </div>
  );
}
