// The ports of an e2e run: the app's (E2E_PORT) and the SMTP server the mail specs start on
// loopback (E2E_SMTP_PORT, else the app's + 20000, so that helpers on neighbouring app
// ports never collide). The app server gets SMTP_URL pointing there from playwright.config.ts.
export const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);
export const E2E_SMTP_PORT = Number(process.env.E2E_SMTP_PORT ?? E2E_PORT + 20000);
export const MAIL_FROM = "江州市创建办 <office@e2e.example.gov.cn>";
