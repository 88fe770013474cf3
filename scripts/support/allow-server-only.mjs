// Lets a Node script import lib/ modules marked `import "server-only"`: the benchmark times the
// very queries the pages run, and the demo generator (start, db:seed) issues the demo's
// bulletins through the briefing's own queries. Outside Next.js the marker throws; here it resolves to an empty
// module, as it does inside the server build.
import { register } from "node:module";

const hooks = `export async function resolve(specifier, context, next) {
  return specifier === "server-only" ? { url: "data:text/javascript,export {};", shortCircuit: true } : next(specifier, context);
}`;

register(`data:text/javascript,${encodeURIComponent(hooks)}`);
