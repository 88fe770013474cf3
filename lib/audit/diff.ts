// What an audit row says changed, read from its before and after snapshots: every leaf that
// differs (before → after), lists compared item by item (attachments added and removed),
// values only in `after` (a created record, or context such as the week) and values only in
// `before`. Pure, so the audit page and its tests share it.

export type AuditPath = string[];

export type AuditChange =
  | { kind: "changed"; path: AuditPath; from: unknown; to: unknown }
  | { kind: "set"; path: AuditPath; value: unknown }
  | { kind: "unset"; path: AuditPath; value: unknown }
  | { kind: "list"; path: AuditPath; added: unknown[]; removed: unknown[] };

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

const key = (value: unknown) => JSON.stringify(value);

/** Items of `a` not in `b`, counting repeats (two files of the same name are two files). */
function missingFrom(a: unknown[], b: unknown[]): unknown[] {
  const left = new Map<string, number>();
  for (const item of b) left.set(key(item), (left.get(key(item)) ?? 0) + 1);
  return a.filter((item) => {
    const count = left.get(key(item)) ?? 0;
    if (count === 0) return true;
    left.set(key(item), count - 1);
    return false;
  });
}

function walk(path: AuditPath, before: unknown, after: unknown, out: AuditChange[]): void {
  if (before === undefined && after === undefined) return;
  if (isRecord(before) || isRecord(after)) {
    if ((isRecord(before) || before === undefined || before === null) && (isRecord(after) || after === undefined || after === null)) {
      const from = isRecord(before) ? before : {};
      const to = isRecord(after) ? after : {};
      const keys = [...Object.keys(to), ...Object.keys(from).filter((name) => !(name in to))];
      for (const name of keys) walk([...path, name], isRecord(before) ? from[name] : undefined, isRecord(after) ? to[name] : undefined, out);
      return;
    }
  }
  if (before === undefined) return void out.push({ kind: "set", path, value: after });
  if (after === undefined) return void out.push({ kind: "unset", path, value: before });
  if (Array.isArray(before) && Array.isArray(after)) {
    const added = missingFrom(after, before);
    const removed = missingFrom(before, after);
    if (added.length || removed.length) out.push({ kind: "list", path, added, removed });
    return;
  }
  if (key(before) !== key(after)) out.push({ kind: "changed", path, from: before, to: after });
}

export function auditChanges(before: unknown, after: unknown): AuditChange[] {
  const out: AuditChange[] = [];
  walk([], before ?? undefined, after ?? undefined, out);
  return out;
}
