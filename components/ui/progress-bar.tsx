import { cn } from "./cn";

/** Actual progress with an optional marker for the planned progress (序时进度). */
export function ProgressBar({ value, planned, label, className }: { value: number; planned?: number; label?: string; className?: string }) {
  const behind = planned !== undefined ? planned - value : 0;
  const color = behind > 30 ? "bg-level-red" : behind > 20 ? "bg-level-orange" : behind > 10 ? "bg-level-yellow" : "bg-level-green";
  return (
    <div className={cn("flex items-center gap-2", className)}>
      <div className="relative h-2 w-full min-w-16 overflow-hidden rounded-full bg-slate-200" role="progressbar" aria-valuenow={value} aria-valuemin={0} aria-valuemax={100} aria-label={label}>
        <div className={cn("h-full rounded-full", color)} style={{ width: `${Math.min(100, Math.max(0, value))}%` }} />
        {planned !== undefined && <div className="absolute top-0 h-full w-0.5 bg-slate-700" style={{ left: `${Math.min(100, Math.max(0, planned))}%` }} title={`${planned}%`} />}
      </div>
      <span className="w-12 shrink-0 text-right text-xs tabular-nums text-slate-600">{value.toFixed(0)}%</span>
    </div>
  );
}
