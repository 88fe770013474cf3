// Form fields named with brackets ("entries[<itemId>][progress]", "decisions[0][content]")
// become nested objects, so a zod issue's path (joined with dots by parseInput:
// "entries.<itemId>.progress") names the input it belongs to. Brackets rather than dots,
// because ids may contain dots. Objects whose keys are all indexes become arrays.

type Nested = { [key: string]: unknown };

const NAME = /^([^[\]]+)((?:\[[^[\]]*\])*)$/;

function pathOf(name: string): string[] {
  const match = NAME.exec(name);
  if (!match) return [name];
  return [match[1], ...[...match[2].matchAll(/\[([^[\]]*)\]/g)].map((part) => part[1])];
}

function arraysFromIndexes(value: unknown): unknown {
  if (typeof value !== "object" || value === null || Array.isArray(value) || value instanceof Blob) return value;
  const entries = Object.entries(value as Nested).map(([key, child]) => [key, arraysFromIndexes(child)] as const);
  if (entries.length > 0 && entries.every(([key]) => /^\d+$/.test(key))) {
    return entries.sort(([a], [b]) => Number(a) - Number(b)).map(([, child]) => child);
  }
  return Object.fromEntries(entries);
}

export function nestFields(flat: Record<string, unknown>): Record<string, unknown> {
  const root: Nested = {};
  for (const [name, value] of Object.entries(flat)) {
    const parts = pathOf(name);
    let node = root;
    for (const part of parts.slice(0, -1)) {
      if (typeof node[part] !== "object" || node[part] === null || Array.isArray(node[part])) node[part] = {};
      node = node[part] as Nested;
    }
    node[parts[parts.length - 1]] = value;
  }
  return arraysFromIndexes(root) as Record<string, unknown>;
}
