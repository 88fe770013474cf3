import type { ReactNode } from "react";
import { cn } from "./cn";

/** Label/value pairs of a record's details page: a list, or a grid of 2 or 3 columns. */
export function FactList({ facts, columns = 1, className }: { facts: [string, ReactNode][]; columns?: 1 | 2 | 3; className?: string }) {
  const layout = columns === 1 ? "space-y-3" : cn("grid gap-x-6 gap-y-3", columns === 3 ? "sm:grid-cols-3" : "sm:grid-cols-2");
  return (
    <dl className={cn(layout, "text-sm", className)}>
      {facts.map(([label, value]) => (
        <div key={label}>
          <dt className="text-xs text-slate-500">{label}</dt>
          <dd className="mt-0.5 text-slate-800">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
