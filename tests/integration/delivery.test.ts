// Outbound delivery against real servers on loopback: an SMTP server (smtp-server) and an
// HTTP receiver playing the WeCom and DingTalk robots and an SMS gateway. Messages go
// through the real queue (pg-boss on the test database) with two queue connections working.
import { createHmac } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { weekKeyLabel } from "@/lib/dates/week-label";
import { db } from "@/lib/db/client";
import { relayPendingMessages, sendMessageJob } from "@/lib/delivery/send";
import { decryptSecret, encryptSecret } from "@/lib/delivery/secrets";
import { notifyUnit } from "@/lib/notifications/notify";
import { remindUnits } from "@/lib/reports/actions";
import { getSubmissionBoard } from "@/lib/reports/queries";
import { startDeliveryWorkers, type DeliveryWorkers } from "./support/delivery";
import { actAs, actorFor, form } from "./support/session";
import { startSmtpServer, type ReceivedMail, type TestSmtpServer } from "./support/smtp";
import { until } from "./support/until";

const SUPERVISOR = "office@demo.gov.cn";
const APP_URL = "https://cj.example.gov.cn";

let mails: ReceivedMail[] = [];
let smtp: TestSmtpServer;
let smtpPort = 0;

interface Hit { path: string; query: URLSearchParams; body: Record<string, unknown> }
const hits: Hit[] = [];
let receiver: http.Server;
let receiverUrl = "";

let workers: DeliveryWorkers;

async function zoneId(): Promise<string> {
  return (await db.zone.findFirstOrThrow({ select: { id: true } })).id;
}

async function addChannel(kind: "EMAIL" | "WECOM" | "DINGTALK" | "SMS", name: string, config: object, secrets: object, extra: { unitIds?: string[]; ratePerMinute?: number } = {}) {
  return db.deliveryChannel.create({ data: { zoneId: await zoneId(), kind, name, config, secret: encryptSecret(JSON.stringify(secrets)), unitIds: extra.unitIds ?? [], ratePerMinute: extra.ratePerMinute ?? 60 } });
}

beforeAll(async () => {
  process.env.APP_URL = APP_URL;
  process.env.AUTH_SECRET ??= "integration-test-secret";
  smtp = await startSmtpServer();
  mails = smtp.mails;
  smtpPort = smtp.port;

  receiver = http.createServer((request, response) => {
    let raw = "";
    request.on("data", (chunk) => (raw += chunk));
    request.on("end", () => {
      const url = new URL(request.url ?? "/", "http://127.0.0.1");
      hits.push({ path: url.pathname, query: url.searchParams, body: raw ? JSON.parse(raw) : {} });
      response.setHeader("content-type", "application/json");
      if (url.pathname.startsWith("/broken")) {
        response.statusCode = 502;
        response.end(JSON.stringify({ error: "gateway down" }));
      } else if (url.pathname.startsWith("/sms")) {
        response.end(JSON.stringify({ messageId: `sms-${hits.length}` }));
      } else {
        response.end(JSON.stringify({ errcode: 0, errmsg: "ok" }));
      }
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;

  // Two app instances working the queue.
  workers = await startDeliveryWorkers({ instances: 2, retryLimit: 2 });
});

afterAll(async () => {
  await workers?.stop();
  await smtp?.close();
  await new Promise((resolve) => receiver?.close(resolve));
});

beforeEach(async () => {
  mails.length = 0;
  hits.length = 0;
  await db.outboundMessage.deleteMany();
  await db.deliveryChannel.deleteMany();
});

describe("channel secrets", () => {
  it("are AES-256-GCM ciphertext that only the key opens, and tampering is detected", () => {
    const stored = encryptSecret("smtp-password", Buffer.alloc(32, 7));
    expect(stored).toMatch(/^v1\./);
    expect(stored).not.toContain("smtp-password");
    expect(decryptSecret(stored, Buffer.alloc(32, 7))).toBe("smtp-password");
    expect(() => decryptSecret(stored, Buffer.alloc(32, 8))).toThrow();
    const [v, iv, tag, body] = stored.split(".");
    const flipped = Buffer.from(body, "base64url");
    flipped[0] ^= 1;
    expect(() => decryptSecret([v, iv, tag, flipped.toString("base64url")].join("."), Buffer.alloc(32, 7))).toThrow();
  });
});

describe("e-mail", () => {
  it("delivers the office's 催报 to each owing unit's reporters with the week and a link to their report", async () => {
    await addChannel("EMAIL", "office mail", { host: "127.0.0.1", port: smtpPort, secure: false, user: "", from: "创建办 <office@cj.example.gov.cn>" }, { password: "" });
    const supervisor = await actorFor(SUPERVISOR);
    const board = await getSubmissionBoard(supervisor, {});
    const owing = board.rows.filter((row) => ["NOT_STARTED", "DRAFT", "RETURNED"].includes(row.status)).map((row) => row.id);
    const reporters = await db.user.findMany({ where: { unitId: { in: owing }, role: "REPORTER", active: true }, select: { email: true } });
    expect(reporters.length).toBeGreaterThan(0);

    await actAs(SUPERVISOR);
    const result = await remindUnits(null, form({ week: board.nav.label }));
    expect(result).toMatchObject({ ok: true, data: { users: reporters.length } });
    expect(await relayPendingMessages()).toBe(reporters.length);
    await until(() => mails.length >= reporters.length);
    await new Promise((resolve) => setTimeout(resolve, 1500));

    expect(mails.map((mail) => mail.to).sort()).toEqual(reporters.map((user) => user.email).sort());
    const week = board.nav.label;
    for (const mail of mails) {
      // The week named in Chinese (第N周（M月D日—M月D日）), the link keeps the ISO key.
      expect(mail.subject).toBe(`催报：请尽快报送${weekKeyLabel(week, "zh-CN")}周报`);
      expect(mail.subject).toMatch(/^催报：请尽快报送第\d{1,2}周（\d{1,2}月\d{1,2}日—\d{1,2}月\d{1,2}日）周报$/);
      expect(mail.text).toContain("贵单位尚未提交");
      expect(mail.text).toContain(`${APP_URL}/my-unit?week=${week}`);
    }
    const statuses = await db.outboundMessage.groupBy({ by: ["status"], _count: true });
    expect(statuses).toEqual([{ status: "SENT", _count: reporters.length }]);
  });
});

async function unitWithReporters(count = 1) {
  const units = await db.unit.findMany({ where: { active: true, users: { some: { role: "REPORTER", active: true } } }, select: { id: true, name: true, users: { where: { role: "REPORTER", active: true }, select: { id: true, email: true, phone: true } } }, orderBy: { code: "asc" } });
  return units.filter((unit) => unit.users.length >= count);
}

async function notify(unitId: string, title: string) {
  const zone = await zoneId();
  await db.$transaction((tx) => notifyUnit(tx, zone, unitId, { kind: "REPORT_RETURNED", title, body: "请修改后重新提交。", link: "/reports/r1" }));
}

describe("group robots", () => {
  it("posts to the WeCom robot of the unit's group, @-ing its reporters by mobile", async () => {
    const [unit, other] = await unitWithReporters();
    await db.user.update({ where: { id: unit.users[0].id }, data: { phone: "13800000001" } });
    await addChannel("WECOM", "科技局群", { url: `${receiverUrl}/wecom/send` }, { key: "wecom-key-1" }, { unitIds: [unit.id] });
    await notify(unit.id, "周报被退回");
    await notify(other.id, "别的单位的消息");
    await relayPendingMessages();
    await until(() => hits.length >= 1);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    // Only the unit the robot covers, once.
    expect(hits).toHaveLength(1);
    expect(hits[0].path).toBe("/wecom/send");
    expect(hits[0].query.get("key")).toBe("wecom-key-1");
    expect(hits[0].body).toEqual({
      msgtype: "text",
      text: { content: `周报被退回\n请修改后重新提交。\n${APP_URL}/reports/r1`, mentioned_list: [], mentioned_mobile_list: ["13800000001"] },
    });
  });

  it("posts to the DingTalk robot with a valid 加签 signature", async () => {
    const [unit] = await unitWithReporters();
    await db.user.update({ where: { id: unit.users[0].id }, data: { phone: "13800000002", dingtalkUserId: "ding-u1" } });
    const signSecret = "SEC0123456789abcdef";
    await addChannel("DINGTALK", "督办群", { url: `${receiverUrl}/dingtalk/robot/send` }, { accessToken: "ding-token", signSecret });
    const before = Date.now();
    await notify(unit.id, "周报被退回");
    await relayPendingMessages();
    await until(() => hits.length >= 1);
    const hit = hits[0];
    expect(hit.query.get("access_token")).toBe("ding-token");
    const timestamp = Number(hit.query.get("timestamp"));
    expect(timestamp).toBeGreaterThanOrEqual(before);
    expect(timestamp).toBeLessThanOrEqual(Date.now());
    // The receiver's check, as DingTalk documents it.
    const expected = createHmac("sha256", signSecret).update(`${timestamp}\n${signSecret}`).digest("base64");
    expect(hit.query.get("sign")).toBe(expected);
    expect(hit.body).toMatchObject({ msgtype: "markdown", markdown: { title: "周报被退回" }, at: { atMobiles: ["13800000002"], atUserIds: ["ding-u1"], isAtAll: false } });
    expect((hit.body.markdown as { text: string }).text).toContain(`[${APP_URL}/reports/r1](${APP_URL}/reports/r1)`);
  });

  it("sends an SMS through the HTTP gateway with the template and its parameters", async () => {
    const [unit] = await unitWithReporters();
    await db.user.update({ where: { id: unit.users[0].id }, data: { phone: "138 0000 0003" } });
    await addChannel("SMS", "省短信平台", { url: `${receiverUrl}/sms/send`, templateId: "TPL_001", mobileField: "phone", templateField: "template", parameters: { title: "{subject}", url: "{link}" }, parametersField: "vars" }, { token: "gateway-token" });
    await notify(unit.id, "周报被退回");
    await relayPendingMessages();
    await until(async () => (await db.outboundMessage.count({ where: { status: "SENT" } })) >= 1);
    expect(hits.map((hit) => hit.body)).toEqual([{ phone: "13800000003", template: "TPL_001", vars: { title: "周报被退回", url: `${APP_URL}/reports/r1` } }]);
    const message = await db.outboundMessage.findFirstOrThrow();
    expect(message.providerId).toBe("sms-1");
  });
});

describe("failures and duplicates", () => {
  it("retries a failing receiver with back-off, then dead-letters the message", async () => {
    const [unit] = await unitWithReporters();
    await addChannel("WECOM", "坏掉的群", { url: `${receiverUrl}/broken/send` }, { key: "k" });
    await notify(unit.id, "周报被退回");
    await relayPendingMessages();
    const message = await db.outboundMessage.findFirstOrThrow();
    await until(async () => (await db.outboundMessage.findUniqueOrThrow({ where: { id: message.id } })).status === "DEAD", 40_000);
    await new Promise((resolve) => setTimeout(resolve, 3000));
    // The first attempt and two retries (the test's retryLimit), no more.
    expect(hits).toHaveLength(3);
    const dead = await db.outboundMessage.findUniqueOrThrow({ where: { id: message.id } });
    expect(dead).toMatchObject({ status: "DEAD", attempts: 3 });
    expect(dead.lastError).toContain("HTTP 502");
  });

  it("sends each message once with two workers, however often it is put on the queue", async () => {
    await addChannel("EMAIL", "office mail", { host: "127.0.0.1", port: smtpPort, secure: false, user: "", from: "office@cj.example.gov.cn" }, {});
    const units = await unitWithReporters();
    const targets = units.slice(0, 6);
    for (const unit of targets) await notify(unit.id, `退回 ${unit.name}`);
    const messages = await db.outboundMessage.findMany({ select: { id: true, address: true } });
    const expectedAddresses = targets.flatMap((unit) => unit.users.map((user) => user.email)).sort();
    expect(messages.map((message) => message.address).sort()).toEqual(expectedAddresses);
    // Both instances relay, and each message is also enqueued under other keys (an admin's
    // retry racing the first job): still one mail per message.
    await Promise.all([relayPendingMessages(), relayPendingMessages()]);
    for (const message of messages) {
      await workers.queues[0].enqueue(sendMessageJob, { messageId: message.id }, { idempotencyKey: `${message.id}:extra-a` });
      await workers.queues[1].enqueue(sendMessageJob, { messageId: message.id }, { idempotencyKey: `${message.id}:extra-b` });
    }
    await until(() => mails.length >= messages.length);
    await new Promise((resolve) => setTimeout(resolve, 3000));
    expect(mails.map((mail) => mail.to).sort()).toEqual(expectedAddresses);
    expect(await db.outboundMessage.count({ where: { status: "SENT", attempts: 1 } })).toBe(messages.length);
  });

  it("holds a channel to its rate limit across workers: the rest wait for the next minute", async () => {
    await addChannel("EMAIL", "slow mail", { host: "127.0.0.1", port: smtpPort, secure: false, user: "", from: "office@cj.example.gov.cn" }, {}, { ratePerMinute: 2 });
    const units = await unitWithReporters();
    for (const unit of units.slice(0, 4)) await notify(unit.id, `退回 ${unit.name}`);
    const total = await db.outboundMessage.count();
    expect(total).toBeGreaterThanOrEqual(4);
    await relayPendingMessages();
    await until(() => mails.length >= 2);
    await new Promise((resolve) => setTimeout(resolve, 4000));
    expect(mails).toHaveLength(2);
    expect(await db.outboundMessage.count({ where: { status: "SENT" } })).toBe(2);
    expect(await db.outboundMessage.count({ where: { status: "PENDING" } })).toBe(total - 2);
  });
});
