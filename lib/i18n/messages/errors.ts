import { defineMessages } from "../define";

export default defineMessages(
  {
    errors: {
      notFound: "记录不存在或您无权访问。",
      forbidden: "您无权执行此操作。",
      unauthenticated: "登录已过期，请重新登录。",
      conflict: "数据已被他人修改或已存在，请刷新后重试。",
      unexpected: "系统繁忙，操作未完成，请稍后重试。",
      unreachable: "未能连接服务器，内容未提交。已填写的内容仍在表单中，请稍后重试。",
      cannotDeactivateSelf: "不能停用自己的账号。",
      cannotDemoteSelf: "不能修改自己的角色。",
      unitHasActiveUsers: "该单位仍有 {count} 个启用的账号，请先停用或调整。",
    },
  },
  {
    errors: {
      notFound: "The record does not exist or you cannot access it.",
      forbidden: "You are not allowed to do this.",
      unauthenticated: "Your session has expired. Please sign in again.",
      conflict: "Someone else changed this record, or it already exists. Refresh and try again.",
      unexpected: "The system could not complete this. Please try again later.",
      unreachable: "The server could not be reached; nothing was sent. What you entered is still in the form: try again shortly.",
      cannotDeactivateSelf: "You cannot deactivate your own account.",
      cannotDemoteSelf: "You cannot change your own role.",
      unitHasActiveUsers: "This unit still has {count} active accounts. Deactivate or move them first.",
    },
  },
);
