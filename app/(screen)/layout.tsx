import { requireUser } from "@/lib/auth/session";

/** Full-screen views for a meeting-room display: no app shell. */
export default async function ScreenLayout({ children }: { children: React.ReactNode }) {
  await requireUser();
  return <div className="bg-slate-950">{children}</div>;
}
