// The words a printed or exported ranking carries about its rules: the rule for parts without
// data, an early publication, and the note of each part without data. One place for the
// screen's ranking page, the .xlsx and the official document.
import type { ScorePart } from "./queries";
import type { Component, MissingDataRule } from "./scoring";

type Translate = (key: string, values?: Record<string, string | number>) => string;

const fixed = (value: number) => value.toFixed(2);

export function ruleSentence(t: Translate, rule: MissingDataRule, publishedBeforeEnd: boolean): string {
  const values = { label: t("assessment.round.rule"), rule: t(`assessment.round.rules.${rule}`) };
  return publishedBeforeEnd ? t("assessment.round.ruleSentenceEarly", { ...values, early: t("assessment.round.earlyTag") }) : t("assessment.round.ruleSentence", values);
}

export function noDataNote(t: Translate, part: ScorePart): string {
  return t(`assessment.round.noDataNote.${part.substitute?.rule ?? "EXCLUDE_AND_REWEIGHT"}`, { value: fixed(part.substitute?.value ?? 0), score: fixed(part.score) });
}

/** "督查评价：无数据，按本轮中位数 80.00 计 8.00 分；…" for the parts of a row without data; "" when every part had data. */
export function rowNotes(t: Translate, parts: (ScorePart & { component: Component })[]): string {
  return parts
    .filter((part) => part.rawScore === null)
    .map((part) => `${t(`enums.AssessmentComponentKind.${part.component}`)}：${noDataNote(t, part)}`)
    .join("；");
}
