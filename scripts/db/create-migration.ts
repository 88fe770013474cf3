// npm run db:migration -- <name>: writes prisma/migrations/<timestamp>_<name>/migration.sql
// from the difference between the existing migrations and prisma/schema.prisma.
import { createMigration } from "../../lib/db/schema-engine";

const name = process.argv.slice(2).find((arg) => !arg.startsWith("-"));
if (!name) {
  console.error("usage: npm run db:migration -- <name>");
  process.exit(2);
}
const directory = await createMigration(name);
console.log(directory ? `created ${directory}` : "schema and migrations already match: nothing to create");
