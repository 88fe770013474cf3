"use client";

// The meeting-room screen: fixed 16:9-friendly layout with no scrolling, panels that rotate,
// and data that refreshes itself (router.refresh re-runs the server queries).
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useState, type ReactNode } from "react";
import { cn } from "@/components/ui/cn";

export const ROTATE_SECONDS = 15;
export const REFRESH_SECONDS = 60;

export function BigScreenShell({ title, subtitle, updatedLabel, kpis, pages, labels }: {
  title: string;
  subtitle: string;
  updatedLabel: string;
  kpis: ReactNode;
  pages: { title: string; content: ReactNode }[];
  labels: { exit: string; pause: string; resume: string; page: string };
}) {
  const router = useRouter();
  const [index, setIndex] = useState(0);
  const [paused, setPaused] = useState(false);
  const [clock, setClock] = useState<string | null>(null);

  useEffect(() => {
    if (paused || pages.length < 2) return;
    const timer = window.setInterval(() => setIndex((current) => (current + 1) % pages.length), ROTATE_SECONDS * 1000);
    return () => window.clearInterval(timer);
  }, [paused, pages.length]);

  useEffect(() => {
    const timer = window.setInterval(() => router.refresh(), REFRESH_SECONDS * 1000);
    return () => window.clearInterval(timer);
  }, [router]);

  useEffect(() => {
    const tick = () => setClock(new Date().toLocaleString(document.documentElement.lang || "zh-CN", { dateStyle: "medium", timeStyle: "short" }));
    tick();
    const timer = window.setInterval(tick, 10_000);
    return () => window.clearInterval(timer);
  }, []);

  const page = pages[Math.min(index, pages.length - 1)];
  return (
    <div className="flex h-screen w-screen flex-col overflow-hidden bg-slate-950 px-[1.5vw] py-[1.2vh] text-slate-100" data-testid="big-screen">
      <header className="flex h-[9vh] shrink-0 items-center justify-between gap-4 border-b border-slate-800">
        <div className="min-w-0">
          <h1 className="truncate text-[4.2vh] font-bold tracking-wide text-white">{title}</h1>
          <p className="truncate text-[1.9vh] text-slate-400">{subtitle} · {updatedLabel}</p>
        </div>
        <div className="flex shrink-0 items-center gap-3 text-[1.9vh]">
          <span className="tabular-nums text-slate-300" suppressHydrationWarning>{clock}</span>
          <span className="text-slate-400" data-testid="big-screen-page">{labels.page.replace("{page}", String(index + 1)).replace("{pages}", String(pages.length))}</span>
          <button type="button" onClick={() => setPaused((value) => !value)} className="rounded border border-slate-600 px-3 py-1 text-slate-200 hover:bg-slate-800">
            {paused ? labels.resume : labels.pause}
          </button>
          <Link href="/dashboard" className="rounded border border-slate-600 px-3 py-1 text-slate-200 hover:bg-slate-800">{labels.exit}</Link>
        </div>
      </header>
      <section className="mt-[1.5vh] h-[17vh] shrink-0">{kpis}</section>
      <section className="mt-[1.5vh] flex min-h-0 flex-1 flex-col" aria-live="polite">
        <h2 className="mb-[1vh] shrink-0 text-[2.6vh] font-semibold text-sky-300" data-testid="big-screen-title">{page?.title}</h2>
        <div className="min-h-0 flex-1">{page?.content}</div>
      </section>
      <nav className="mt-[1vh] flex h-[2vh] shrink-0 justify-center gap-2" aria-label={labels.page}>
        {pages.map((candidate, position) => (
          <button
            key={candidate.title}
            type="button"
            onClick={() => setIndex(position)}
            aria-label={candidate.title}
            aria-current={position === index ? "true" : undefined}
            className={cn("h-[1.2vh] w-[3vw] rounded-full", position === index ? "bg-sky-400" : "bg-slate-700 hover:bg-slate-500")}
          />
        ))}
      </nav>
    </div>
  );
}
