import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { cn } from "@/components/ui/cn";
import { WARNING_LEVELS, type WarningLevel } from "@/lib/warnings/levels";

const active: Record<WarningLevel, string> = {
  RED: "border-level-red bg-red-50 text-red-700",
  ORANGE: "border-level-orange bg-orange-50 text-orange-700",
  YELLOW: "border-level-yellow bg-yellow-50 text-yellow-800",
  BLUE: "border-level-blue bg-blue-50 text-blue-700",
};

/** The inbox by level: red, orange, yellow, blue, each with its count; the other filters stay in the URL. */
export async function LevelTabs({ counts, current, params }: { counts: Record<WarningLevel, number>; current?: WarningLevel; params: Record<string, string | undefined> }) {
  const t = await getTranslations("warnings");
  const href = (level?: WarningLevel) => {
    const search = new URLSearchParams();
    for (const [key, value] of Object.entries(params)) if (value && key !== "level" && key !== "page") search.set(key, value);
    if (level) search.set("level", level);
    const query = search.toString();
    return query ? `/warnings?${query}` : "/warnings";
  };
  const total = WARNING_LEVELS.reduce((sum, level) => sum + counts[level], 0);
  const tab = "flex min-w-24 flex-col rounded-lg border-2 px-3 py-2 text-sm";
  return (
    <nav className="mb-4 flex flex-wrap gap-2" aria-label={t("level")} data-testid="level-tabs">
      <Link href={href()} className={cn(tab, !current ? "border-brand-500 bg-brand-50 text-brand-700" : "border-slate-200 bg-white text-slate-700")} aria-current={!current ? "page" : undefined}>
        <span>{t("allLevels")}</span>
        <span className="text-xl font-semibold tabular-nums">{total}</span>
      </Link>
      {[...WARNING_LEVELS].reverse().map((level) => (
        <Link
          key={level}
          href={href(level)}
          className={cn(tab, current === level ? active[level] : "border-slate-200 bg-white text-slate-700")}
          aria-current={current === level ? "page" : undefined}
          data-testid={`level-tab-${level}`}
        >
          <span>{t(`levels.${level}`)}</span>
          <span className="text-xl font-semibold tabular-nums" data-testid="level-count">{counts[level]}</span>
        </Link>
      ))}
    </nav>
  );
}
