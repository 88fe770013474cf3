import { defineConfig } from "prisma/config";

// Prisma 7 reads its settings here. The CLI is only used for `prisma generate`:
// migrations run through scripts/db (the WebAssembly schema engine), because the
// native engine download is not available offline.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/chuangjian" },
});
