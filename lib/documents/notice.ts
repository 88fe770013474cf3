// 督办通知单 as an official document: red header with the office's name and the notice number,
// the title, the addressed unit, the matter, the requirement and the deadline, the office's
// signature and date, the contact, and 抄送 to the responsible leader in the 版记.
import { heading, paragraph, paragraphsOf, type Block, type OfficialDocument } from "./model";
import type { DocumentSettings } from "./settings";
import { documentDate } from "./text";

export interface NoticeDocumentData {
  number: string;
  title: string;
  unitName: string;
  matter: string;
  requiredAction: string;
  /** "YYYY-MM-DD" */
  responseDue: string;
  issuedOn: string;
  levelLabel: string;
  warnings: { title: string; levelLabel: string }[];
  copyTo: string[];
  contact: { name: string; phone: string | null } | null;
}

/** 关于……的督办通知: the notice's own title when it is already written that way. */
export function noticeTitle(title: string): string {
  const trimmed = title.trim();
  if (/^关于.+通知$/.test(trimmed)) return trimmed;
  return `关于${trimmed.replace(/^关于/, "").replace(/的?督办$/, "")}的督办通知`;
}

export function noticeDocument(notice: NoticeDocumentData, settings: DocumentSettings): OfficialDocument {
  const body: Block[] = [
    paragraph(`根据创建国家高新区工作“周报告、月督查、季考核”和预警督办工作有关规定，现对你单位以下事项进行${notice.levelLabel}督办，请认真研究，抓紧办理。`),
    heading(1, "一、督办事项"),
    ...paragraphsOf(notice.matter),
  ];
  if (notice.warnings.length > 0) {
    body.push(paragraph(`预警依据：${notice.warnings.map((warning) => `${warning.title}（${warning.levelLabel}）`).join("；")}。`));
  }
  body.push(heading(1, "二、办理要求"), ...paragraphsOf(notice.requiredAction));
  body.push(
    heading(1, "三、办理时限"),
    paragraph(`请于${documentDate(notice.responseDue)}前将办理情况书面反馈${settings.signatureName}，并在创建工作平台提交反馈材料。逾期未反馈的，将按规定予以催办、通报，并纳入季度考核。`),
  );
  return {
    fileName: `督办通知-${notice.number}`,
    redHeader: { issuer: settings.issuerName, number: notice.number },
    title: noticeTitle(notice.title),
    addressee: notice.unitName,
    body,
    signature: { name: settings.signatureName, date: documentDate(notice.issuedOn) },
    postscript: notice.contact ? `联系人：${notice.contact.name}${notice.contact.phone ? `，联系电话：${notice.contact.phone}` : ""}` : undefined,
    colophon: { copyTo: notice.copyTo.length ? notice.copyTo : settings.copyTo, printedBy: settings.printedBy, printedOn: documentDate(notice.issuedOn) },
  };
}
