// Folding a write into the previous audit row of the same run of writes (a report's autosaves
// of one editing session): the row keeps, per field, the value before the first write and the
// value after the last, over the union of the fields any of them changed. A field changed and
// changed back leaves the row. Pure, so it is unit-tested.

type Json = unknown;

function isRecord(value: Json): value is Record<string, Json> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function sameJson(a: Json, b: Json): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Union of two snapshots, leaf by leaf; `first` decides where both have a leaf. */
function union(a: Json, b: Json, prefer: "first" | "last"): Json {
  if (!isRecord(a) || !isRecord(b)) return prefer === "first" ? a : b;
  // fromEntries defines the keys: a "__proto__" of user data stays data.
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
  return Object.fromEntries(keys.map((key) => [key, !(key in a) ? b[key] : !(key in b) ? a[key] : union(a[key], b[key], prefer)]));
}

/** Drops the leaves equal on both sides (changed and changed back), and objects left empty below the top. */
function prune(before: Record<string, Json>, after: Record<string, Json>, depth: number): void {
  for (const key of Object.keys(before)) {
    if (!(key in after)) continue;
    const [was, now] = [before[key], after[key]];
    if (isRecord(was) && isRecord(now)) {
      prune(was, now, depth + 1);
      if (depth >= 1 && Object.keys(was).length === 0 && Object.keys(now).length === 0) {
        delete before[key];
        delete after[key];
      }
    } else if (sameJson(was, now)) {
      delete before[key];
      delete after[key];
    }
  }
}

/**
 * The audit row for `previous` followed by `next`: before = the first write's before (null
 * when the first write created the entity) with the fields only `next` touched added; after =
 * the last write's after over the first's. Keys only one side has (a version, the week) stay.
 */
export function coalesceAudit(previous: { before: Json; after: Json }, next: { before: Json; after: Json }): { before: Json; after: Json } {
  const after = union(previous.after, next.after, "last");
  if (previous.before === null || previous.before === undefined) return { before: null, after };
  const before = union(previous.before, next.before, "first");
  if (isRecord(before) && isRecord(after)) prune(before, after, 0);
  return { before, after };
}
