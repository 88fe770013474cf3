import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { Card } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";

/** A dashboard panel: a card whose chart has its data table one click away. */
export async function Panel({ title, actions, table, children, className, testId }: {
  title: ReactNode;
  actions?: ReactNode;
  /** The readable alternative to the chart. */
  table?: ReactNode;
  children: ReactNode;
  className?: string;
  testId?: string;
}) {
  const t = await getTranslations("dashboard");
  return (
    <Card title={title} actions={actions} className={cn("min-w-0 break-inside-avoid", className)}>
      <div data-testid={testId}>
        {children}
        {table && (
          <details className="mt-3 text-sm">
            <summary className="no-print cursor-pointer select-none text-brand-700 hover:underline">{t("showTable")}</summary>
            <div className="mt-2">{table}</div>
          </details>
        )}
      </div>
    </Card>
  );
}

/** What a panel shows while its query streams in. */
export function PanelSkeleton({ title, height = 260, className }: { title: ReactNode; height?: number; className?: string }) {
  return (
    <section aria-busy="true" className={cn("rounded-lg border border-slate-200 bg-white shadow-sm", className)}>
      <header className="border-b border-slate-100 px-4 py-3 text-base font-semibold text-slate-400">{title}</header>
      <div className="animate-pulse p-4">
        <div className="rounded-md bg-slate-100" style={{ height }} />
      </div>
    </section>
  );
}

/** A headline figure that opens the records behind it. */
export function LinkStat({ label, value, hint, href, tone, testId }: {
  label: ReactNode;
  value: ReactNode;
  hint?: ReactNode;
  href?: string;
  tone?: "red" | "orange" | "yellow" | "blue" | "green";
  testId?: string;
}) {
  const toneClass = tone ? { red: "text-level-red", orange: "text-level-orange", yellow: "text-level-yellow", blue: "text-level-blue", green: "text-level-green" }[tone] : "text-slate-900";
  const body = (
    <>
      <div className="text-sm text-slate-500">{label}</div>
      <div className={cn("mt-1 text-2xl font-semibold tabular-nums", toneClass)} data-testid={testId}>{value}</div>
      {hint && <div className="mt-1 text-xs text-slate-500">{hint}</div>}
    </>
  );
  const box = "block rounded-lg border border-slate-200 bg-white p-4 shadow-sm";
  return href ? (
    <Link href={href} className={cn(box, "hover:border-brand-500")}>{body}</Link>
  ) : (
    <div className={box}>{body}</div>
  );
}

/** A number in a table cell that links to its records. */
export function NumberLink({ href, children }: { href?: string; children: ReactNode }) {
  return href ? (
    <Link href={href} className="tabular-nums text-brand-700 hover:underline">{children}</Link>
  ) : (
    <span className="tabular-nums">{children}</span>
  );
}

/** Under a panel that shows its top rows: how many there are in all, and the page that lists them. */
export function AllRowsLink({ href, label, testId }: { href: string; label: ReactNode; testId?: string }) {
  return (
    <p className="mt-2 text-right text-sm">
      <Link href={href} className="text-brand-700 hover:underline" data-testid={testId}>{label}</Link>
    </p>
  );
}
