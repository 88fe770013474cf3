// PDF of an official document: the print view's HTML rendered by headless Chromium on the
// server (Debian's /usr/bin/chromium through playwright-core, fonts from fonts-noto-cjk). One
// browser process is started on first use and kept; each document gets its own page. Where no
// Chromium is installed the product says so (pdfAvailability) and the print view still works.
import "server-only";
import { existsSync } from "node:fs";
import type { Browser } from "playwright-core";
import { documentPage } from "./html";
import type { OfficialDocument } from "./model";

export const PDF_MIME = "application/pdf";

/** The browser binary: CHROMIUM_PATH, else Debian's. */
export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH || "/usr/bin/chromium";
}

export type PdfAvailability = { available: true } | { available: false; reason: "missing" | "disabled" };

export function pdfAvailability(): PdfAvailability {
  if (process.env.DOCUMENTS_PDF === "off") return { available: false, reason: "disabled" };
  // A path from the environment, not a file of the app: kept out of the build's file tracing.
  return existsSync(/* turbopackIgnore: true */ chromiumPath()) ? { available: true } : { available: false, reason: "missing" };
}

export class PdfUnavailableError extends Error {
  constructor(readonly reason: "missing" | "disabled" | "failed") {
    super(`PDF rendering unavailable (${reason})`);
    this.name = "PdfUnavailableError";
  }
}

let browser: Promise<Browser> | null = null;
/** Documents rendered at once: Chromium pages are heavy and the machine is shared. */
const MAX_CONCURRENT = 2;
let running = 0;
const waiting: (() => void)[] = [];

async function launch(): Promise<Browser> {
  const { chromium } = await import("playwright-core");
  const started = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: ["--no-sandbox", "--disable-dev-shm-usage", "--font-render-hinting=none"] });
  started.on("disconnected", () => {
    browser = null;
  });
  return started;
}

async function getBrowser(): Promise<Browser> {
  if (!browser) {
    browser = launch().catch((error) => {
      browser = null;
      throw error;
    });
  }
  return browser;
}

async function slot<T>(work: () => Promise<T>): Promise<T> {
  if (running >= MAX_CONCURRENT) await new Promise<void>((resolve) => waiting.push(resolve));
  running++;
  try {
    return await work();
  } finally {
    running--;
    waiting.shift()?.();
  }
}

/** The document as PDF, laid out exactly as its print view (A4, GB/T 9704 margins, page numbers). */
export async function documentPdf(doc: OfficialDocument): Promise<Buffer> {
  const availability = pdfAvailability();
  if (!availability.available) throw new PdfUnavailableError(availability.reason);
  return slot(async () => {
    let context;
    try {
      context = await (await getBrowser()).newContext({ javaScriptEnabled: true, offline: true });
    } catch (error) {
      console.error("[documents] Chromium failed to start", error);
      throw new PdfUnavailableError("failed");
    }
    try {
      const page = await context.newPage();
      await page.setContent(documentPage(doc), { waitUntil: "load" });
      await page.waitForFunction(() => document.documentElement.getAttribute("data-gb-placed") === "1", undefined, { timeout: 15_000 });
      await page.emulateMedia({ media: "print" });
      // Lay the foot out again under the print rules (the script listens for beforeprint too).
      await page.evaluate(() => window.dispatchEvent(new Event("beforeprint")));
      const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: true });
      return Buffer.from(pdf);
    } finally {
      await context.close().catch(() => {});
    }
  });
}

/** Closes the shared browser (tests, shutdown). */
export async function closePdfBrowser(): Promise<void> {
  const current = browser;
  browser = null;
  if (current) await (await current).close().catch(() => {});
}
