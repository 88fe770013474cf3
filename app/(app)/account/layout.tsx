import { ClientMessages } from "@/lib/i18n/client-messages";

/** The UI text this section's client components use (lib/i18n/client-messages.tsx). */
export default function AccountLayout({ children }: { children: React.ReactNode }) {
  return <ClientMessages namespaces={["auth", "common", "delivery", "errors"]}>{children}</ClientMessages>;
}
