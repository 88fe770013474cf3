import { defineMessages } from "../define";

export default defineMessages(
  {
    supervision: {
      title: "月督查",
      tabs: { inspections: "督查记录", meetings: "月度会议", monthly: "月督查报告" },
      validation: {
        dueRequired: "要求整改时请填写整改期限",
        dueBeforeDate: "不能早于督查日期",
        decisionDueBeforeMeeting: "办结时限不能早于会议日期",
        commentaryRequired: "发布前请填写督查意见",
      },
      errors: {
        decisionReported: "该事项已有报送记录，不能改派责任单位",
        published: "该月督查报告已发布，不能再修改。",
        monthNotStarted: "该月尚无可汇总的数据。",
      },
      notify: {
        rectificationTitle: "督查整改通知：请于 {due} 前完成整改",
        decisionTitle: "{meeting} 议定事项已交办贵单位",
        monthlyPublished: "{year}年{month}月督查报告已发布",
      },
    },
  },
  {
    supervision: {
      title: "Monthly supervision",
      tabs: { inspections: "Inspections", meetings: "Monthly meetings", monthly: "Monthly reports" },
      validation: {
        dueRequired: "Give a due date when rectification is required",
        dueBeforeDate: "Cannot be before the inspection date",
        decisionDueBeforeMeeting: "Cannot be before the meeting date",
        commentaryRequired: "Write the office's commentary before publishing",
      },
      errors: {
        decisionReported: "This decision has been reported on; its unit cannot change",
        published: "This monthly report is published and can no longer change.",
        monthNotStarted: "There is nothing to compile for this month yet.",
      },
      notify: {
        rectificationTitle: "Inspection: rectify by {due}",
        decisionTitle: "A decision of {meeting} was assigned to your unit",
        monthlyPublished: "The supervision report of {month}/{year} is published",
      },
    },
  },
);
