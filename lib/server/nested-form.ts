// Form fields named with brackets ("entries[<itemId>][progress]", "decisions[0][content]")
// become nested objects, so a zod issue's path (joined with dots by parseInput:
// "entries.<itemId>.progress") names the input it belongs to. Brackets rather than dots,
// because ids may contain dots. Objects whose keys are all indexes become arrays.
//
// The names are the user's: a name with a segment "__proto__", "constructor" or "prototype"
// refuses the whole form (UnsafeKeyError) before anything is built, and every object built
// here inherits no key at all (lib/server/safe-object.ts), so no name reaches Object.prototype.
import { assertSafeKey, type SafeRecord } from "./safe-object";

/**
 * The prototype of every object the parser builds: frozen, with no string key, so a node
 * inherits nothing a user can name and nothing can be written into it. It has one member,
 * Symbol.toPrimitive: a schema that coerces a nested object where it expects a number or text
 * ("sortOrder[x]=1") sees NaN or "" and reports a field error; with no prototype at all,
 * Number(object) would throw and the user would get "系统繁忙" instead.
 */
const NODE_PROTOTYPE: object = Object.freeze(
  Object.create(null, { [Symbol.toPrimitive]: { value: (hint: string) => (hint === "number" ? Number.NaN : "") } }),
);

/** An empty object of the form parser (see NODE_PROTOTYPE). */
export function formNode(): SafeRecord {
  return Object.create(NODE_PROTOTYPE) as SafeRecord;
}

export function isFormNode(value: unknown): value is SafeRecord {
  return typeof value === "object" && value !== null && Object.getPrototypeOf(value) === NODE_PROTOTYPE;
}

const NAME = /^([^[\]]+)((?:\[[^[\]]*\])*)$/;

/** The segments of a field name: "a[b][c]" → ["a", "b", "c"]; any other name is one segment. */
export function fieldPath(name: string): string[] {
  const match = NAME.exec(name);
  const parts = match ? [match[1], ...[...match[2].matchAll(/\[([^[\]]*)\]/g)].map((part) => part[1])] : [name];
  for (const part of parts) assertSafeKey(part, name);
  return parts;
}

function arraysFromIndexes(value: unknown): unknown {
  if (!isFormNode(value)) return value;
  const keys = Object.keys(value);
  if (keys.length > 0 && keys.every((key) => /^\d+$/.test(key))) {
    return keys.sort((a, b) => Number(a) - Number(b)).map((key) => arraysFromIndexes(value[key]));
  }
  const node = formNode();
  for (const key of keys) node[key] = arraysFromIndexes(value[key]);
  return node;
}

export function nestFields(flat: Record<string, unknown>): Record<string, unknown> {
  const paths = Object.keys(flat).map((name) => [name, fieldPath(name)] as const);
  const root = formNode();
  for (const [name, parts] of paths) {
    let node = root;
    for (const part of parts.slice(0, -1)) {
      if (!isFormNode(node[part])) node[part] = formNode();
      node = node[part] as SafeRecord;
    }
    node[parts[parts.length - 1]] = flat[name];
  }
  return arraysFromIndexes(root) as Record<string, unknown>;
}

/** Deeper than any form of ours nests; a deeper object is read as an empty node. */
const MAX_DEPTH = 32;

/**
 * Any input as the form parser would have built it: plain objects become form nodes (see
 * NODE_PROTOTYPE), arrays keep their order, text and files are kept. zod runs a string's
 * length checks on any value with a `length` after the type issue; an object there that
 * cannot become a number ({ length: { toString: "" } }) made it throw instead of refusing.
 */
export function asFormInput(value: unknown, depth = 0): unknown {
  if (Array.isArray(value)) return depth >= MAX_DEPTH ? [] : value.map((item) => asFormInput(item, depth + 1));
  if (typeof value !== "object" || value === null || isFormNode(value)) return value;
  const prototype = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) return value;
  const node = formNode();
  if (depth >= MAX_DEPTH) return node;
  for (const key of Object.keys(value)) node[key] = asFormInput((value as Record<string, unknown>)[key], depth + 1);
  return node;
}
