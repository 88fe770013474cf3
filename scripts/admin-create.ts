// npm run admin:create -- --email admin@example.gov.cn [--name 张三] [--zone-name 江州高新区]
// The first administrator of a real installation (lib/org/administrator.ts). The password is
// asked for twice on a terminal, or read from the first line of stdin otherwise
// (`printf '%s\n' "$PASSWORD" | npm run admin:create -- --email …`); never an argument,
// which other users of the machine could read from the process list.
import { createInterface } from "node:readline";
import { Writable } from "node:stream";
import { parseArgs } from "node:util";
import { createPrismaClient } from "../lib/db/client";
import { redactUrl } from "../lib/db/connection";
import { openDatabase } from "../lib/db/runtime";
import { renderText } from "../lib/i18n/deferred";
import { translatorFor } from "../lib/i18n/server";
import { createAdministrator } from "../lib/org/administrator";
import { createAdministratorSchema } from "../lib/org/schema";
import { DomainError } from "../lib/server/errors";
import { parseWith } from "../lib/server/validation";

const USAGE = `Usage: npm run admin:create -- --email <address> [--name <name>] [--zone-name <name>]

  --email      the administrator's sign-in address
  --name       the name shown in the app (default 系统管理员)
  --zone-name  the zone's name when the database has none yet (default 高新技术产业开发区)

The password is asked for (twice) on a terminal, or read from the first line of stdin.`;

function fail(message: string, code = 2): never {
  console.error(message);
  process.exit(code);
}

let args;
try {
  args = parseArgs({
    options: { email: { type: "string" }, name: { type: "string" }, "zone-name": { type: "string" }, help: { type: "boolean", short: "h", default: false } },
    strict: true,
  }).values;
} catch (error) {
  fail(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
}
if (args.help) {
  console.log(USAGE);
  process.exit(0);
}
if (!args.email) fail(`--email is required\n\n${USAGE}`);

async function readStdinLine(): Promise<string> {
  let text = "";
  for await (const chunk of process.stdin) text += String(chunk);
  return text.split(/\r?\n/)[0] ?? "";
}

/** Asks on the terminal without echoing what is typed. */
function ask(question: string): Promise<string> {
  let muted = false;
  const output = new Writable({
    write(chunk, _encoding, done) {
      if (!muted) process.stdout.write(chunk);
      done();
    },
  });
  const rl = createInterface({ input: process.stdin, output, terminal: true });
  return new Promise((resolve) => {
    rl.question(question, (answer) => {
      rl.close();
      process.stdout.write("\n");
      resolve(answer);
    });
    muted = true;
  });
}

async function readPassword(): Promise<string> {
  if (!process.stdin.isTTY) return readStdinLine();
  const first = await ask("Password: ");
  const second = await ask("Password again: ");
  if (first !== second) fail("The two passwords differ; nothing was created.", 1);
  return first;
}

const locale = process.env.LANG?.toLowerCase().startsWith("zh") ? "zh-CN" : "en";
const t = translatorFor(locale);
const password = await readPassword();
const parsed = parseWith(createAdministratorSchema, { email: args.email, name: args.name ?? "系统管理员", password, zoneName: args["zone-name"] ?? "" }, t);
if (!parsed.ok) {
  const lines = Object.entries(parsed.fieldErrors).map(([field, messages]) => `  ${field}: ${(messages ?? []).join("; ")}`);
  fail(`Nothing was created:\n${lines.join("\n")}`, 1);
}

const database = await openDatabase();
const db = createPrismaClient(database.url, 1);
try {
  console.log(`database: ${database.kind} ${redactUrl(database.url)}`);
  const outcome = await createAdministrator(db, parsed.data);
  if (outcome.zoneCreated) console.log(`created the zone "${parsed.data.zoneName ?? "高新技术产业开发区"}" and its creation office; complete them on the admin screens`);
  console.log(`created administrator ${parsed.data.email}; sign in and add the parks, units and users (or import the plan)`);
} catch (error) {
  if (error instanceof DomainError) console.error(`Nothing was created: ${renderText({ key: error.messageKey, values: error.values }, t, locale)}`);
  else console.error("admin:create failed:", error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await db.$disconnect();
  await database.release();
}
