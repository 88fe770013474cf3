import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { cn } from "./cn";

/** Previous/next links that keep the other URL parameters (filters stay shareable). */
export async function Pagination({ page, pages, total, params, basePath }: {
  page: number;
  pages: number;
  total: number;
  params: Record<string, string | undefined>;
  basePath: string;
}) {
  const t = await getTranslations("common");
  const href = (target: number) => {
    const search = new URLSearchParams();
    for (const [key, value] of Object.entries(params)) if (value && key !== "page") search.set(key, value);
    if (target > 1) search.set("page", String(target));
    const query = search.toString();
    return query ? `${basePath}?${query}` : basePath;
  };
  const link = "rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm hover:bg-slate-50";
  return (
    <nav className="mt-4 flex flex-wrap items-center justify-between gap-2 text-sm text-slate-600" aria-label="pagination">
      <span>{t("pageOf", { page, pages, total })}</span>
      <div className="flex gap-2">
        {page > 1 ? <Link className={link} href={href(page - 1)} rel="prev">{t("previous")}</Link> : <span className={cn(link, "opacity-40")}>{t("previous")}</span>}
        {page < pages ? <Link className={link} href={href(page + 1)} rel="next">{t("next")}</Link> : <span className={cn(link, "opacity-40")}>{t("next")}</span>}
      </div>
    </nav>
  );
}
