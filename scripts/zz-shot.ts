import { chromium } from "playwright-core";
const base = "http://127.0.0.1:3151";
const [, , email, ...paths] = process.argv;
const b = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
const ctx = await b.newContext({ locale: "zh-CN", viewport: { width: 1400, height: 1000 } });
const p = await ctx.newPage();
p.on("console", (m) => { if (m.type() === "error") console.log("console error:", m.text()); });
await p.goto(base + "/login");
await p.getByLabel("邮箱").fill(email);
await p.getByLabel("密码").fill("Demo@2026");
await p.getByRole("button", { name: "登录" }).click();
await p.waitForURL((u) => !u.pathname.startsWith("/login"), { timeout: 120000 });
for (const path of paths) {
  const r = await p.goto(base + path, { timeout: 180000 });
  await p.waitForTimeout(1500);
  const name = path.replace(/[^a-z0-9]+/gi, "_");
  await p.screenshot({ path: `/tmp/docs-shots/${name}.png`, fullPage: true });
  console.log(path, r?.status(), await p.title());
}
await b.close();
