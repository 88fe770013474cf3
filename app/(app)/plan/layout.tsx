import { ClientMessages } from "@/lib/i18n/client-messages";

/** The UI text this section's client components use (lib/i18n/client-messages.tsx). */
export default function PlanLayout({ children }: { children: React.ReactNode }) {
  return <ClientMessages namespaces={["common", "enums", "errors", "planManage"]}>{children}</ClientMessages>;
}
