"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form";
import { createBriefingEdition } from "@/lib/briefings/actions";
import type { ActionResult } from "@/lib/server/result";

/** Opens (or creates) the week's draft bulletin and goes to it. */
export function ComposeEdition({ week }: { week: string }) {
  const t = useTranslations("briefings.edition");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [failure, setFailure] = useState<Extract<ActionResult<{ id: string }>, { ok: false }> | null>(null);
  return (
    <form
      className="inline-flex flex-col"
      onSubmit={(event) => {
        event.preventDefault();
        const formData = new FormData(event.currentTarget);
        startTransition(async () => {
          const result = await createBriefingEdition(null, formData);
          if (result.ok) router.push(`/briefings/editions/${result.data.id}`);
          else setFailure(result);
        });
      }}
    >
      <input type="hidden" name="week" value={week} />
      <Button type="submit" disabled={pending} data-testid="compose-edition">{pending ? t("composing") : t("compose")}</Button>
      <FormMessage state={failure} />
    </form>
  );
}
