import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Pagination } from "@/components/ui/pagination";
import { Table, Td, Th } from "@/components/ui/table";
import type { EditionRow } from "@/lib/briefings/queries";
import { weekLabel } from "@/lib/dates/week-label";
import { issueLabel } from "@/lib/documents/numbering";
import { formatDateTime } from "@/lib/format";
import type { Page } from "@/lib/server/pagination";

/** The bulletins: issued ones for everyone, drafts too for the office. */
export async function EditionList({ page, timeZone, name }: { page: Page<EditionRow>; timeZone: string; name: string }) {
  const [t, locale] = await Promise.all([getTranslations("briefings.edition"), getLocale()]);
  if (page.total === 0) return <p className="text-sm text-slate-500" data-testid="editions-empty">{t("empty")}</p>;
  return (
    <>
      <Table>
        <thead>
          <tr>
            <Th>{t("issue")}</Th>
            <Th>{t("week")}</Th>
            <Th>{t("statusColumn")}</Th>
            <Th>{t("issuedAt")}</Th>
            <Th />
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {page.items.map((row) => (
            <tr key={row.id} data-testid="edition-row">
              <Td className="whitespace-nowrap font-medium">{row.seq === null ? "—" : `${name} ${row.year}年${issueLabel(row.seq)}`}</Td>
              <Td className="whitespace-nowrap">{weekLabel(row.week, locale, { year: true })}</Td>
              <Td><Badge tone={row.status === "ISSUED" ? "green" : "gray"}>{t(`status.${row.status}`)}</Badge></Td>
              <Td className="whitespace-nowrap">{row.issuedAt ? formatDateTime(row.issuedAt, locale, timeZone) : "—"}</Td>
              <Td><Link className="text-brand-700 hover:underline" href={`/briefings/editions/${row.id}`}>{t("open")}</Link></Td>
            </tr>
          ))}
        </tbody>
      </Table>
      <Pagination page={page.page} pages={page.pages} total={page.total} params={{}} basePath="/briefings/editions" />
    </>
  );
}
