/* eslint-disable @typescript-eslint/no-require-imports -- a CommonJS preload (node --require) cannot use import */
// Preloaded into the benchmark's production server (node --require): records every SQL
// statement the app sends through node-postgres, with its parameters, as JSON lines in
// $BENCH_SQL_TRACE while tracing is on. SIGUSR2 toggles it, so the benchmark traces exactly
// one request of a page (it sends nothing else meanwhile) and replays those statements raw.
// Not part of the app: the app's code is untouched and, with tracing off, costs one branch.
const { appendFileSync } = require("node:fs");

const file = process.env.BENCH_SQL_TRACE;
const pgPath = process.env.BENCH_PG_PATH;
if (file && pgPath) {
  let tracing = false;
  process.on("SIGUSR2", () => {
    tracing = !tracing;
  });
  const pg = require(pgPath);
  const original = pg.Client.prototype.query;
  pg.Client.prototype.query = function query(config, values, callback) {
    if (tracing) {
      const text = typeof config === "string" ? config : config && config.text;
      const params = typeof config === "object" && config && config.values ? config.values : Array.isArray(values) ? values : [];
      if (typeof text === "string") {
        try {
          appendFileSync(file, `${JSON.stringify({ text, values: params })}\n`);
        } catch {
          // A parameter that does not serialise is left out of the trace, never out of the query.
        }
      }
    }
    return original.call(this, config, values, callback);
  };
}
