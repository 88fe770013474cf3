import { defineMessages } from "../define";

export default defineMessages(
  {
    home: {
      greeting: "您好，{name}",
      intro: "{zone} · 创建国家高新区工作",
      parks: "园区",
      units: "成员单位",
      tasks: "任务 / 措施",
      items: "分解事项",
      progress: "总体实际进度",
      planned: "序时进度 {value}",
      byTask: "各项任务进度",
      quickLinks: "常用入口",
    },
  },
  {
    home: {
      greeting: "Hello, {name}",
      intro: "{zone} · National high-tech zone campaign",
      parks: "Parks",
      units: "Member units",
      tasks: "Tasks / measures",
      items: "Work items",
      progress: "Overall actual progress",
      planned: "Planned {value}",
      byTask: "Progress by task",
      quickLinks: "Shortcuts",
    },
  },
);
