import { getTranslations } from "next-intl/server";
import { LandBatchForm } from "@/components/resources/land-forms";
import { ButtonLink } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { pageUser } from "@/lib/auth/guard";
import { listParks } from "@/lib/plan/queries";
import { listLandBatches } from "@/lib/resources/queries";

export default async function NewLandBatchPage() {
  const user = await pageUser("resource.manage");
  const [t, parks, batches] = await Promise.all([getTranslations(), listParks(user), listLandBatches(user)]);
  return (
    <div>
      <PageHeader title={t("resources.land.newBatch")} actions={<ButtonLink href="/resources/land">{t("common.back")}</ButtonLink>} />
      <Card>
        <LandBatchForm parks={parks} nextSeq={Math.max(0, ...batches.map((batch) => batch.seq)) + 1} />
      </Card>
    </div>
  );
}
