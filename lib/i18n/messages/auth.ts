import { defineMessages } from "../define";

export default defineMessages(
  {
    auth: {
      title: "登录",
      subtitle: "创建国家高新区工作领导小组 · 工作平台",
      email: "邮箱",
      password: "密码",
      submit: "登录",
      submitting: "正在登录…",
      invalid: "邮箱或密码错误。",
      throttled: "登录失败次数过多，请 {minutes} 分钟后再试。",
      logout: "退出登录",
      signedInAs: "当前用户",
      demoHint: "演示账号见 README（密码均为 Demo@2026）。",
    },
  },
  {
    auth: {
      title: "Sign in",
      subtitle: "Leading group for the national high-tech zone · Work platform",
      email: "Email",
      password: "Password",
      submit: "Sign in",
      submitting: "Signing in…",
      invalid: "Wrong email or password.",
      throttled: "Too many failed attempts. Try again in {minutes} minutes.",
      logout: "Sign out",
      signedInAs: "Signed in as",
      demoHint: "Demo accounts are listed in the README (password Demo@2026).",
    },
  },
);
