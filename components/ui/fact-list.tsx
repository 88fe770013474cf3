import type { ReactNode } from "react";
import { cn } from "./cn";

/** Label/value pairs of a record's details page: a column, or a grid across the page (`grid`). */
export function FactList({ facts, className, grid = false }: { facts: [string, ReactNode][]; className?: string; grid?: boolean }) {
  return (
    <dl className={cn(grid ? "grid gap-x-6 gap-y-3 sm:grid-cols-2 lg:grid-cols-3" : "space-y-3", "text-sm", className)}>
      {facts.map(([label, value]) => (
        <div key={label}>
          <dt className="text-xs text-slate-500">{label}</dt>
          <dd className="mt-0.5 whitespace-pre-line text-slate-800">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
