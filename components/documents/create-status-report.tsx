"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form";
import { createStatusReport } from "@/lib/documents/actions";
import type { ActionResult } from "@/lib/server/result";

/** One click: the report written from the records, then its edit page. */
export function CreateStatusReport() {
  const t = useTranslations("documents.statusReports");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [failure, setFailure] = useState<Extract<ActionResult<{ id: string }>, { ok: false }> | null>(null);
  return (
    <div className="flex flex-col items-start gap-2">
      <Button
        type="button"
        disabled={pending}
        data-testid="create-status-report"
        onClick={() =>
          startTransition(async () => {
            const result = await createStatusReport(null, new FormData());
            if (result.ok) router.push(`/documents/status-reports/${result.data.id}`);
            else setFailure(result);
          })
        }
      >
        {pending ? t("creating") : t("create")}
      </Button>
      <FormMessage state={failure} />
    </div>
  );
}
