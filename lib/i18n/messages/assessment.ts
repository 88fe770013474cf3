import { defineMessages } from "../define";

export default defineMessages(
  {
    assessment: {
      validation: {
        weightsTotal: "各项权重合计须为 100",
      },
      errors: {
        futureQuarter: "该季度尚未开始，不能计算。",
        notComputed: "请先计算该季度的考核草稿。",
      },
      notify: {
        unitTitle: "{quarter} 季度考核结果已发布：贵单位排名第 {rank} / {total}",
        leaderTitle: "{quarter} 季度考核排名已发布",
      },
    },
  },
  {
    assessment: {
      validation: {
        weightsTotal: "The weights must add up to 100",
      },
      errors: {
        futureQuarter: "This quarter has not started yet.",
        notComputed: "Compute the quarter's draft first.",
      },
      notify: {
        unitTitle: "{quarter} assessment published: your unit ranks {rank} of {total}",
        leaderTitle: "{quarter} assessment ranking published",
      },
    },
  },
);
