import { defineMessages } from "../define";

export default defineMessages(
  {
    notifications: {
      title: "通知",
      bell: "通知（{count} 条未读）",
      empty: "暂无通知。",
      unreadOnly: "仅看未读",
      markRead: "标为已读",
      markAllRead: "全部标为已读",
      marked: "已标为已读。",
      open: "查看",
      unread: "未读",
    },
  },
  {
    notifications: {
      title: "Notifications",
      bell: "Notifications ({count} unread)",
      empty: "No notifications.",
      unreadOnly: "Unread only",
      markRead: "Mark as read",
      markAllRead: "Mark all as read",
      marked: "Marked as read.",
      open: "Open",
      unread: "Unread",
    },
  },
);
