// `prisma generate` without the network: the CLI insists that a native schema engine file
// exists before generating, although generating never runs it. Point it at a stand-in that
// explains what to use instead (migrations run through the WebAssembly engine).
import { spawnSync } from "node:child_process";
import path from "node:path";

const standIn = path.resolve("scripts/db/no-native-engine.sh");
const result = spawnSync("npx", ["prisma", "generate"], {
  stdio: "inherit",
  env: { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? standIn, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
});
process.exit(result.status ?? 1);
