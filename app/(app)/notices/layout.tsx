import { ClientMessages } from "@/lib/i18n/client-messages";

/** The UI text this section's client components use (lib/i18n/client-messages.tsx). */
export default function NoticesLayout({ children }: { children: React.ReactNode }) {
  return <ClientMessages namespaces={["documents", "errors", "files", "notices", "reports", "warnings"]}>{children}</ClientMessages>;
}
