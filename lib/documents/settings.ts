// What the zone's official documents print: the issuing office (发文机关标志), its signature, the
// 机关代字 of notices, the 印发机关 and default distribution lists. Stored on the zone
// (ZoneDocumentSettings), edited at /settings/documents; empty text falls back to the office's name.

export interface DocumentSettings {
  issuerName: string;
  signatureName: string;
  noticeCode: string;
  printedBy: string;
  copyTo: string[];
  briefingName: string;
  briefingEditor: string;
  briefingReportTo: string[];
  briefingSendTo: string[];
}

export const DEFAULT_NOTICE_CODE = "督办";
export const DEFAULT_BRIEFING_NAME = "创建工作简报";

type Stored = Partial<DocumentSettings> | null | undefined;

/** The settings as documents use them: every empty name replaced by the office unit's name. */
export function resolveDocumentSettings(stored: Stored, officeName: string): DocumentSettings {
  const text = (value: string | undefined) => (value ?? "").trim();
  const issuerName = text(stored?.issuerName) || officeName;
  return {
    issuerName,
    signatureName: text(stored?.signatureName) || issuerName,
    noticeCode: text(stored?.noticeCode) || DEFAULT_NOTICE_CODE,
    printedBy: text(stored?.printedBy) || issuerName,
    copyTo: stored?.copyTo ?? [],
    briefingName: text(stored?.briefingName) || DEFAULT_BRIEFING_NAME,
    briefingEditor: text(stored?.briefingEditor) || issuerName,
    briefingReportTo: stored?.briefingReportTo ?? [],
    briefingSendTo: stored?.briefingSendTo ?? [],
  };
}

/** A list typed in one field: names separated by 、，, ; or new lines. */
export function splitNames(value: string): string[] {
  const names = value
    .split(/[、，,；;\r\n]+/)
    .map((name) => name.trim().replace(/[。.]+$/, ""))
    .filter(Boolean);
  return [...new Set(names)];
}

export function joinList(names: string[]): string {
  return names.join("、");
}
