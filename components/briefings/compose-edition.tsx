"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form";
import { useFormAction } from "@/components/ui/use-form-action";
import { createBriefingEdition } from "@/lib/briefings/actions";

/** Opens (or creates) the week's draft bulletin and goes to it. */
export function ComposeEdition({ week }: { week: string }) {
  const t = useTranslations("briefings.edition");
  const router = useRouter();
  const form = useFormAction(createBriefingEdition, { onSuccess: (data) => router.push(`/briefings/editions/${data.id}`) });
  return (
    <ActionForm form={form} className="inline-flex flex-col">
      <input type="hidden" name="week" value={week} />
      <Button type="submit" disabled={form.pending} data-testid="compose-edition">{form.pending ? t("composing") : t("compose")}</Button>
      <FormMessage state={form.failure} />
    </ActionForm>
  );
}
