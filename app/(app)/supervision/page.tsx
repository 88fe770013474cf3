import { redirect } from "next/navigation";
import { pageUser } from "@/lib/auth/guard";

export default async function SupervisionPage() {
  const user = await pageUser("monthlyReport.read");
  // The office works from its inspection records; leaders read the monthly reports.
  redirect(user.role === "SUPERVISOR" ? "/supervision/inspections" : "/supervision/monthly");
}
