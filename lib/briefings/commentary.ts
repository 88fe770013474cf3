// The office's text of an edition, suggested from the week's figures when the draft is made:
// who is praised (通报表扬) and who is criticised (通报批评). The office edits it before issuing.
import type { WeeklyBriefing } from "@/lib/dashboard/briefing";
import { joinNames } from "@/lib/documents/text";

/** Points behind the planned progress that earn a unit a criticism (the yellow threshold). */
export const CRITICISM_GAP = 10;
/** At most this many units are named in each paragraph. */
const NAMED = 5;

function named(units: string[]): string {
  return units.length > NAMED ? `${units.slice(0, NAMED).join("、")}等${units.length}个单位` : joinNames(units);
}

export interface SuggestedCommentary {
  praise: string;
  criticism: string;
  requirements: string;
}

export function suggestCommentary(briefing: WeeklyBriefing): SuggestedCommentary {
  const onTime = new Set(briefing.submission.ranking.filter((row) => row.outcome === "ON_TIME").map((row) => row.unitId));
  const ahead = briefing.progress.filter((row) => onTime.has(row.unitId) && row.gap >= 0).map((row) => row.unitName);
  const missing = briefing.submission.ranking.filter((row) => row.outcome === "MISSING" || row.outcome === "DRAFT").map((row) => row.unitName);
  const late = briefing.submission.ranking.filter((row) => row.outcome === "LATE").map((row) => row.unitName);
  const behind = briefing.progress.filter((row) => row.gap < -CRITICISM_GAP).map((row) => row.unitName);

  const praise = ahead.length ? `${named(ahead)}按时报送周报，牵头事项进度达到或超过序时进度，予以通报表扬。` : "";
  const criticism = [
    missing.length ? `${named(missing)}未报送本周工作周报。` : "",
    late.length ? `${named(late)}逾期报送周报。` : "",
    behind.length ? `${named(behind)}牵头事项平均进度滞后序时进度${CRITICISM_GAP}个百分点以上。` : "",
  ]
    .filter(Boolean)
    .join("");
  return {
    praise,
    criticism: criticism ? `${criticism}以上单位予以通报批评，请对照任务分解清单查找原因、倒排工期，于下周报送时说明整改情况。` : "",
    requirements: "请各责任单位严格落实“周报告、月督查、季考核”制度，于每周五18时前报送周报；对进度滞后和预警事项，逐项制定整改措施，确保按序时推进。",
  };
}
