import { getTranslations } from "next-intl/server";
import { MeetingForm } from "@/components/supervision/meeting-form";
import { ButtonLink } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { pageUser } from "@/lib/auth/guard";
import { localDateKey } from "@/lib/dates/zone-time";
import { memberUnitOptions } from "@/lib/supervision/queries";

export async function generateMetadata() {
  return { title: (await getTranslations("supervision.tabs"))("meetings") };
}

export default async function NewMeetingPage() {
  const user = await pageUser("meeting.manage");
  const [t, units] = await Promise.all([getTranslations(), memberUnitOptions(user)]);
  return (
    <div>
      <PageHeader title={t("supervision.meeting.new")} actions={<ButtonLink href="/supervision/meetings">{t("common.back")}</ButtonLink>} />
      <Card>
        <MeetingForm units={units} today={localDateKey(new Date(), user.timeZone)} />
      </Card>
    </div>
  );
}
