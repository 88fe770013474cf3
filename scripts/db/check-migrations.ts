// Fails when prisma/schema.prisma has changes that no migration carries.
import { pendingSchemaChanges } from "../../lib/db/schema-engine";

const sql = await pendingSchemaChanges();
if (sql) {
  console.error("schema.prisma differs from the migrations. Run: npm run db:migration -- <name>\n");
  console.error(sql);
  process.exit(1);
}
console.log("migrations match the schema");
