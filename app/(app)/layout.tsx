import { AppShell } from "@/components/layout/app-shell";
import { NotificationBell } from "@/components/notifications/notification-bell";
import { requireUser } from "@/lib/auth/session";
import { ClientMessages } from "@/lib/i18n/client-messages";

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const user = await requireUser();
  return (
    <ClientMessages namespaces={["common"]}>
      <AppShell user={user} headerExtras={<NotificationBell user={user} />}>
        {children}
      </AppShell>
    </ClientMessages>
  );
}
