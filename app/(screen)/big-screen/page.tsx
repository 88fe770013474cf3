import { getTranslations } from "next-intl/server";
import { BigScreen } from "@/components/dashboard/big-screen";
import { pageUser } from "@/lib/auth/guard";
import { getBigScreenData } from "@/lib/dashboard/big-screen";

export async function generateMetadata() {
  return { title: (await getTranslations("dashboard"))("bigScreen.title") };
}

export default async function BigScreenPage() {
  const user = await pageUser("dashboard.read");
  const data = await getBigScreenData(user);
  return <BigScreen data={data} zoneName={user.zoneName} timeZone={user.timeZone} />;
}
