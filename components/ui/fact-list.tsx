import type { ReactNode } from "react";
import { cn } from "./cn";

/** Label/value pairs of a record, read-only. */
export function FactList({ facts, className }: { facts: [string, ReactNode][]; className?: string }) {
  return (
    <dl className={cn("grid gap-x-6 gap-y-3 text-sm sm:grid-cols-2 lg:grid-cols-3", className)}>
      {facts.map(([label, value]) => (
        <div key={label}>
          <dt className="text-xs text-slate-500">{label}</dt>
          <dd className="mt-0.5 whitespace-pre-line text-slate-800">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
