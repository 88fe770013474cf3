import { requireUser } from "@/lib/auth/session";

/** Pages meant for paper (A4): no app shell, white background when printed. */
export default async function PrintLayout({ children }: { children: React.ReactNode }) {
  await requireUser();
  return <div className="min-h-screen bg-slate-100 py-6 print:bg-white print:py-0">{children}</div>;
}
