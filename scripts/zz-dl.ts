import { chromium } from "playwright-core";
import { writeFileSync } from "node:fs";
const base = "http://127.0.0.1:3151";
const [, , email, ...paths] = process.argv;
const b = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
const ctx = await b.newContext({ locale: "zh-CN" });
const p = await ctx.newPage();
await p.goto(base + "/login");
await p.getByLabel("邮箱").fill(email);
await p.getByLabel("密码").fill("Demo@2026");
await p.getByRole("button", { name: "登录" }).click();
await p.waitForURL((u) => !u.pathname.startsWith("/login"), { timeout: 120000 });
for (const [i, path] of paths.entries()) {
  const r = await ctx.request.get(base + path, { timeout: 180000 });
  const body = await r.body();
  const ext = path.includes("format=pdf") ? "pdf" : "docx";
  writeFileSync(`/tmp/docs-shots/dl-${i}.${ext}`, body);
  console.log(path, r.status(), r.headers()["content-disposition"], body.length);
}
await b.close();
