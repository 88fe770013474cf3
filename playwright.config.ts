import { defineConfig, devices } from "@playwright/test";
import { E2E_PORT as port, E2E_SMTP_PORT, MAIL_FROM } from "./tests/e2e/ports";

export const baseURL = `http://127.0.0.1:${port}`;

// Debian's Chromium, not a downloaded browser (the network here reaches only npm and apt).
const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export default defineConfig({
  testDir: "tests/e2e",
  timeout: 60_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: process.env.CI ? 1 : 2,
  retries: 0,
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL,
    locale: "zh-CN",
    timezoneId: "Asia/Shanghai",
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: chromium,
      args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    },
  },
  projects: [
    { name: "desktop", use: { ...devices["Desktop Chrome"], channel: undefined }, testIgnore: /responsive\.spec\.ts/ },
    { name: "phone", use: { ...devices["Pixel 7"], channel: undefined }, testMatch: /responsive\.spec\.ts/ },
  ],
  webServer: {
    // The real app on a fresh copy of the demo: same start script a user runs.
    command: "bash scripts/e2e-server.sh",
    url: `${baseURL}/api/health`,
    timeout: 600_000,
    reuseExistingServer: !process.env.CI,
    stdout: "pipe",
    stderr: "pipe",
    // E-mail goes to the SMTP server a mail spec starts on loopback (nothing listens there
    // in the other specs: their messages fail and are retried, which no spec looks at);
    // links in messages point at this server.
    env: { PORT: String(port), SMTP_URL: `smtp://127.0.0.1:${E2E_SMTP_PORT}`, MAIL_FROM, APP_URL: baseURL },
  },
});
