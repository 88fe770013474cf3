import { requireUser } from "@/lib/auth/session";

/**
 * Every print view lives under /print/<kind>/<key> (docs/documents.md): outside the app shell,
 * the document alone on its A4 sheets. The layout asks for a session; each page authorizes
 * its reader itself (a layout does not run again on client navigation).
 */
export default async function PrintLayout({ children }: { children: React.ReactNode }) {
  await requireUser();
  return <div className="min-h-screen bg-slate-100 py-6 print:bg-white print:py-0">{children}</div>;
}
