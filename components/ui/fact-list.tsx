import type { ReactNode } from "react";
import { cn } from "./cn";

/** Label/value pairs of a record's details, in a responsive grid. */
export function FactList({ facts, columns = 2 }: { facts: [string, ReactNode][]; columns?: 2 | 3 }) {
  return (
    <dl className={cn("grid gap-x-6 gap-y-3 text-sm", columns === 3 ? "sm:grid-cols-3" : "sm:grid-cols-2")}>
      {facts.map(([label, value]) => (
        <div key={label}>
          <dt className="text-xs text-slate-500">{label}</dt>
          <dd className="mt-0.5 text-slate-800">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
