import { getLocale, getTranslations } from "next-intl/server";
import { localDateKey } from "@/lib/dates/zone-time";
import { formatDate } from "@/lib/format";
import type { Locale } from "@/lib/i18n/config";
import type { NoticeDetail } from "@/lib/notices/queries";

/**
 * The notice in the usual official layout on one A4 page: red title and number, a red rule,
 * the addressee, the matter, the requirement and deadline, the issuing office and the date.
 */
export async function NoticePrint({ notice, timeZone }: { notice: NoticeDetail; timeZone: string }) {
  const [t, locale] = await Promise.all([getTranslations("notices"), getLocale() as Promise<Locale>]);
  return (
    <article className="notice-print mx-auto max-w-[210mm] bg-white px-[18mm] py-[16mm] font-serif text-[15px] leading-8 text-slate-900 shadow-sm print:max-w-none print:p-0 print:shadow-none" data-testid="notice-print">
      <h1 className="text-center text-3xl font-bold tracking-[0.3em] text-red-700">{t("printTitle")}</h1>
      <p className="mt-3 text-center text-base">{notice.number}</p>
      <hr className="mb-6 mt-2 border-t-2 border-red-700" />
      <p className="font-semibold">{t("printAddressee", { unit: notice.unit.name })}</p>
      <p className="indent-8">{t("printIntro")}</p>
      <h2 className="mt-4 font-bold">{t("printHeadings.matter")}</h2>
      <p className="whitespace-pre-line indent-8">{notice.matter}</p>
      <h2 className="mt-4 font-bold">{t("printHeadings.action")}</h2>
      <p className="whitespace-pre-line indent-8">{notice.requiredAction}</p>
      <h2 className="mt-4 font-bold">{t("printHeadings.due")}</h2>
      <p className="indent-8">{t("printClosing", { due: formatDate(notice.responseDue, locale) })}</p>
      <div className="mt-16 flex flex-col items-end gap-1">
        <p>{notice.issuedBy?.unit.name ?? ""}</p>
        <p>{formatDate(localDateKey(notice.issuedAt, timeZone), locale)}</p>
        <p className="text-slate-500">{t("printSeal")}</p>
      </div>
      {notice.issuedBy && (
        <p className="mt-10 border-t border-slate-300 pt-2 text-sm">
          {t("printContact", { name: notice.issuedBy.name })}
          {notice.issuedBy.phone ? `　${notice.issuedBy.phone}` : ""}
        </p>
      )}
    </article>
  );
}
