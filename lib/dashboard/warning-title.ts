// A warning's title in the reader's language: rebuilt from its evidence when the engine wrote
// one (lib/warnings/describe.ts), otherwise the stored (Chinese) title.
import type { Translator } from "@/lib/i18n/server";
import { warningTitle } from "@/lib/warnings/describe";
import type { WarningKind, WarningLevel } from "@/lib/warnings/rules";
import { recordedWarningEvidence } from "@/lib/warnings/schema";

export function localizedWarningTitle(t: Translator, warning: { kind: string; level: string; title: string; evidence: unknown }): string {
  const evidence = recordedWarningEvidence(warning.evidence);
  return evidence ? warningTitle(t, warning.kind as WarningKind, warning.level as WarningLevel, evidence) : warning.title;
}
