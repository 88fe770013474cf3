import { getLocale, getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { formatDateTime } from "@/lib/format";
import { InstructionForm } from "./instruction-form";

/** Leaders' instructions (批示) on a notice or a warning, and the form to add one for those who may. */
export async function InstructionsCard({ instructions, target, canInstruct, timeZone }: {
  instructions: { id: string; content: string; author: string | null; createdAt: Date }[];
  target: { noticeId: string } | { warningId: string };
  canInstruct: boolean;
  timeZone: string;
}) {
  const [t, locale] = await Promise.all([getTranslations("notices"), getLocale()]);
  return (
    <Card title={t("instructions")}>
      {instructions.length === 0 ? (
        <p className="text-sm text-slate-500">{t("noInstructions")}</p>
      ) : (
        <ul className="space-y-3 text-sm" data-testid="instructions">
          {instructions.map((instruction) => (
            <li key={instruction.id}>
              <p className="whitespace-pre-line text-slate-800">{instruction.content}</p>
              <p className="text-xs text-slate-500">{instruction.author} · {formatDateTime(instruction.createdAt, locale, timeZone)}</p>
            </li>
          ))}
        </ul>
      )}
      {canInstruct && (
        <div className="mt-4">
          <InstructionForm target={target} />
        </div>
      )}
    </Card>
  );
}
