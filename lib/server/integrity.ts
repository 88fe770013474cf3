// Is this process still the one we started? A polluted built-in prototype (a property
// written through `__proto__`) or a permission table that answers differently from how it
// was built means every later request may be decided wrongly: /api/health then fails, so
// the operator's monitor restarts the process instead of it serving on, broken.
import { permissionTableIntact } from "@/lib/auth/permissions";

const PROTOTYPES: [string, object][] = [
  ["Object.prototype", Object.prototype],
  ["Array.prototype", Array.prototype],
  ["Function.prototype", Function.prototype],
  ["String.prototype", String.prototype],
  ["Number.prototype", Number.prototype],
  ["Boolean.prototype", Boolean.prototype],
];

/** What is wrong with the process; empty when nothing is. */
export function processIntegrityProblems(): string[] {
  const problems: string[] = [];
  // Built-ins define their members non-enumerable; an enumerable own key was written by code.
  for (const [name, prototype] of PROTOTYPES) {
    const keys = Object.keys(prototype);
    if (keys.length > 0) problems.push(`${name} has enumerable properties: ${keys.slice(0, 5).join(", ")}`);
  }
  if (!permissionTableIntact()) problems.push("the permission table no longer answers as built");
  return problems;
}
