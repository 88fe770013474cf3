// Which rows a call wrote: a row-level trigger on every table of this test file's database
// (its private clone, see ../setup.ts) notes each INSERT, UPDATE and DELETE in a log table.
// Stronger than comparing row counts: an UPDATE, or a DELETE plus an INSERT, shows too.
// Writes of a transaction that rolled back leave no note, as they leave no row.
import { db } from "@/lib/db/client";

export interface Write {
  table: string;
  op: "INSERT" | "UPDATE" | "DELETE";
}

let installed: Promise<void> | undefined;

async function install(): Promise<void> {
  await db.$executeRawUnsafe(`CREATE TABLE IF NOT EXISTS "_test_write" (id bigserial PRIMARY KEY, tbl text NOT NULL, op text NOT NULL)`);
  await db.$executeRawUnsafe(`
    CREATE OR REPLACE FUNCTION _test_note_write() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      INSERT INTO "_test_write" (tbl, op) VALUES (TG_TABLE_NAME, TG_OP);
      RETURN NULL;
    END $$`);
  await db.$executeRawUnsafe(`
    DO $$
    DECLARE t text;
    BEGIN
      FOR t IN SELECT tablename FROM pg_tables WHERE schemaname = current_schema() AND tablename NOT IN ('_prisma_migrations', '_test_write') LOOP
        EXECUTE format('DROP TRIGGER IF EXISTS _test_note_write ON %I', t);
        EXECUTE format('CREATE TRIGGER _test_note_write AFTER INSERT OR UPDATE OR DELETE ON %I FOR EACH ROW EXECUTE FUNCTION _test_note_write()', t);
      END LOOP;
    END $$`);
}

/** Starts noting writes (once per file); returns the mark to compare against. */
export async function writeMark(): Promise<bigint> {
  installed ??= install();
  await installed;
  const rows = await db.$queryRawUnsafe<{ mark: bigint | null }[]>(`SELECT max(id) AS mark FROM "_test_write"`);
  return BigInt(rows[0].mark ?? 0);
}

/** The writes after `mark`, in order. */
export async function writesSince(mark: bigint): Promise<Write[]> {
  return db.$queryRawUnsafe<Write[]>(`SELECT tbl AS "table", op FROM "_test_write" WHERE id > $1 ORDER BY id`, mark);
}

/** "AuditLog INSERT ×2, Task INSERT" — for assertion messages. */
export function describeWrites(writes: Write[]): string {
  const counts = new Map<string, number>();
  for (const write of writes) counts.set(`${write.table} ${write.op}`, (counts.get(`${write.table} ${write.op}`) ?? 0) + 1);
  return [...counts].map(([what, count]) => (count > 1 ? `${what} ×${count}` : what)).join(", ") || "nothing";
}
