import type { ReactNode } from "react";
import { cn } from "./cn";

export type Tone = "red" | "orange" | "yellow" | "blue" | "green" | "gray" | "brand";

const tones: Record<Tone, string> = {
  red: "bg-red-50 text-red-700 ring-red-600/20",
  orange: "bg-orange-50 text-orange-700 ring-orange-600/20",
  yellow: "bg-yellow-50 text-yellow-800 ring-yellow-600/30",
  blue: "bg-blue-50 text-blue-700 ring-blue-600/20",
  green: "bg-green-50 text-green-700 ring-green-600/20",
  gray: "bg-slate-100 text-slate-600 ring-slate-500/20",
  brand: "bg-brand-50 text-brand-700 ring-brand-600/20",
};

export function Badge({ tone = "gray", children, className }: { tone?: Tone; children: ReactNode; className?: string }) {
  return <span className={cn("inline-flex items-center rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset whitespace-nowrap", tones[tone], className)}>{children}</span>;
}

/** Warning levels map onto the same tones everywhere. */
export function levelTone(level: string): Tone {
  return ({ RED: "red", ORANGE: "orange", YELLOW: "yellow", BLUE: "blue" } as Record<string, Tone>)[level] ?? "gray";
}
