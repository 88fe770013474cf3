#!/bin/sh
# Stand-in for Prisma's native schema engine, which cannot be downloaded offline.
# `prisma generate` only checks that the file exists; migrations run through
# scripts/db/migrate.ts (the WebAssembly engine) instead.
echo "The native Prisma schema engine is not installed. Use: npm run db:migrate / npm run db:migration -- <name>" >&2
exit 1
