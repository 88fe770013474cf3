import { redirect } from "next/navigation";
import { pageUser } from "@/lib/auth/guard";

export default async function SupervisionPage() {
  const user = await pageUser("inspection.read");
  // The office works from its inspection records, a unit reads its own; leaders read the monthly reports.
  redirect(user.role === "LEADER" || user.role === "ADMIN" ? "/supervision/monthly" : "/supervision/inspections");
}
