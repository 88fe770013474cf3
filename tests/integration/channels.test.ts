// The admin's channel settings and retries, each user's choices, and a unit's liaison, on the
// real database; the retried dead letter goes to an SMTP server (smtp-server) on loopback.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { retryAllDeliveries, retryDelivery, saveChannel } from "@/lib/delivery/actions";
import { saveProfile } from "@/lib/delivery/profile-actions";
import { getChannelsPage } from "@/lib/delivery/queries";
import { relayPendingMessages } from "@/lib/delivery/send";
import { notifyUnit } from "@/lib/notifications/notify";
import { updateUnit } from "@/lib/org/actions";
import { startDeliveryWorkers, type DeliveryWorkers } from "./support/delivery";
import { actAs, actorFor, form } from "./support/session";
import { startSmtpServer, type TestSmtpServer } from "./support/smtp";
import { until } from "./support/until";

vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-chuangjian-client-ip": "10.0.0.9" }) }));

const ADMIN = "admin@demo.gov.cn";
let smtp: TestSmtpServer;
let workers: DeliveryWorkers;

beforeAll(async () => {
  process.env.AUTH_SECRET ??= "integration-test-secret";
  smtp = await startSmtpServer();
  workers = await startDeliveryWorkers();
});

afterAll(async () => {
  await workers?.stop();
  await smtp?.close();
});

const emailFields = (port: number, extra: Record<string, string> = {}) => ({ kind: "EMAIL", name: "办公室邮箱", enabled: "on", ratePerMinute: "60", host: "127.0.0.1", port: String(port), user: "", from: "office@cj.example.gov.cn", ...extra });

describe("channel settings", () => {
  it("stores the secret encrypted, never returns it, keeps it when left empty, audits only its name", async () => {
    const admin = await actorFor(ADMIN);
    const saved = await saveChannel(null, form(emailFields(2525, { user: "office", password: "smtp-pass-123" })));
    expect(saved).toMatchObject({ ok: true });
    const id = saved.ok ? saved.data.id : "";
    const row = await db.deliveryChannel.findUniqueOrThrow({ where: { id } });
    expect(row.secret).toMatch(/^v1\./);
    expect(row.secret).not.toContain("smtp-pass-123");
    expect(JSON.stringify(row.config)).not.toContain("smtp-pass-123");
    const page = await getChannelsPage(admin);
    expect(JSON.stringify(page)).not.toContain("smtp-pass-123");
    expect(page.channels.find((channel) => channel.id === id)?.secretsSet).toEqual(["password"]);

    expect(await saveChannel(null, form({ ...emailFields(2526), id }))).toMatchObject({ ok: true });
    expect((await getChannelsPage(admin)).channels.find((channel) => channel.id === id)?.secretsSet).toEqual(["password"]);
    expect(await saveChannel(null, form({ ...emailFields(2526), id, clearSecrets: "password" }))).toMatchObject({ ok: true });
    expect((await getChannelsPage(admin)).channels.find((channel) => channel.id === id)?.secretsSet).toEqual([]);

    const audits = await db.auditLog.findMany({ where: { entityId: id }, orderBy: { createdAt: "asc" } });
    expect(audits.map((audit) => audit.action)).toEqual(["channel.create", "channel.update", "channel.update"]);
    expect(JSON.stringify(audits)).not.toContain("smtp-pass-123");
    expect(audits.map((audit) => (audit.after as { secretsChanged: string[]; secretsCleared: string[] }))).toEqual([
      expect.objectContaining({ secretsChanged: ["password"], secretsCleared: [] }),
      expect.objectContaining({ secretsChanged: [], secretsCleared: [] }),
      expect.objectContaining({ secretsChanged: [], secretsCleared: ["password"] }),
    ]);
    await db.deliveryChannel.delete({ where: { id } });
  });

  it("moves a robot key pasted in the webhook address into the secret, and refuses a robot without one", async () => {
    await actAs(ADMIN);
    const saved = await saveChannel(null, form({ kind: "WECOM", name: "科技局群", enabled: "on", ratePerMinute: "20", url: "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=abc-123" }));
    expect(saved).toMatchObject({ ok: true });
    const row = await db.deliveryChannel.findUniqueOrThrow({ where: { id: saved.ok ? saved.data.id : "" } });
    expect(row.config).toEqual({ url: "https://qyapi.weixin.qq.com/cgi-bin/webhook/send" });
    const missing = await saveChannel(null, form({ kind: "WECOM", name: "无钥群", enabled: "on", ratePerMinute: "20", url: "https://qyapi.weixin.qq.com/cgi-bin/webhook/send" }));
    expect(missing).toMatchObject({ ok: false, fieldErrors: { key: ["请填写该密钥"] } });
    await db.deliveryChannel.delete({ where: { id: row.id } });
  });

  it("answers not found for another zone's channel and message", async () => {
    await actAs(ADMIN);
    const zone = await db.zone.create({ data: { code: "other-zone", name: "另一区", shortName: "另", campaignStart: new Date("2026-01-01"), campaignEnd: new Date("2027-12-31") } });
    const channel = await db.deliveryChannel.create({ data: { zoneId: zone.id, kind: "WECOM", name: "他区群", config: { url: "http://127.0.0.1:9/" } } });
    const message = await db.outboundMessage.create({ data: { zoneId: zone.id, channelId: channel.id, channelKind: "WECOM", key: "other-zone-1", kind: "SYSTEM", address: "他区群", subject: "x", body: "", status: "DEAD" } });
    expect(await saveChannel(null, form({ id: channel.id, kind: "WECOM", name: "他区群", enabled: "on", ratePerMinute: "20", url: "http://127.0.0.1:9/", key: "k" }))).toMatchObject({ ok: false, message: expect.any(String) });
    expect((await db.deliveryChannel.findUniqueOrThrow({ where: { id: channel.id } })).secret).toBeNull();
    expect(await retryDelivery(null, form({ id: message.id }))).toMatchObject({ ok: false });
    expect((await db.outboundMessage.findUniqueOrThrow({ where: { id: message.id } })).status).toBe("DEAD");
  });
});

describe("retrying a dead letter", () => {
  it("sends it once to the SMTP server after the admin fixed the channel, however often retry is pressed", async () => {
    await actAs(ADMIN);
    const reporter = await db.user.findFirstOrThrow({ where: { role: "REPORTER", active: true }, select: { id: true, email: true, unitId: true, zoneId: true } });
    // Nothing listens on port 9: every attempt fails.
    const saved = await saveChannel(null, form(emailFields(9)));
    const channelId = saved.ok ? saved.data.id : "";
    await db.$transaction((tx) => notifyUnit(tx, reporter.zoneId, reporter.unitId, { kind: "REPORT_RETURNED", title: "周报被退回" }));
    const message = await db.outboundMessage.findFirstOrThrow({ where: { channelId, address: reporter.email } });
    await relayPendingMessages();
    await until(async () => (await db.outboundMessage.findUniqueOrThrow({ where: { id: message.id } })).status === "DEAD", 40_000);

    expect(await saveChannel(null, form({ ...emailFields(smtp.port), id: channelId }))).toMatchObject({ ok: true });
    expect(await retryDelivery(null, form({ id: message.id }))).toMatchObject({ ok: true, data: { count: 1 } });
    expect(await retryDelivery(null, form({ id: message.id }))).toMatchObject({ ok: true });
    await until(async () => (await db.outboundMessage.findUniqueOrThrow({ where: { id: message.id } })).status === "SENT");
    await new Promise((resolve) => setTimeout(resolve, 2500));
    expect(smtp.mails.filter((mail) => mail.to === reporter.email)).toHaveLength(1);
    expect(await retryDelivery(null, form({ id: message.id }))).toMatchObject({ ok: false, message: "该消息已发出或正在发送，无需重试" });
    expect(await retryAllDeliveries(null, form({ channelKind: "EMAIL" }))).toMatchObject({ ok: false });
    expect(await db.auditLog.count({ where: { action: "delivery.retry", entityId: message.id } })).toBe(2);
  });
});

describe("each user's choices", () => {
  it("are honoured by the routing, and a required kind cannot be switched off", async () => {
    const reporter = await db.user.findFirstOrThrow({ where: { role: "REPORTER", active: true, email: { not: ADMIN } }, select: { id: true, email: true, unitId: true, zoneId: true } });
    await actAs(reporter.email);
    // Orange warnings are the user's choice: switched off here.
    expect(await saveProfile(null, form({ email: reporter.email, offered: ["REPORT_RETURNED", "REPORT_ACCEPTED", "WARNING_OPENED"], choice: ["REPORT_ACCEPTED:EMAIL"] }))).toMatchObject({ ok: true });
    const forged = await saveProfile(null, form({ email: reporter.email, offered: ["WARNING_RED"], choice: ["WARNING_RED:SMS"] }));
    expect(forged).toMatchObject({ ok: false, fieldErrors: { choice: ["红色预警和督办消息必须送达，不能关闭"] } });
    expect((await db.user.findUniqueOrThrow({ where: { id: reporter.id } })).deliveryChoices).toEqual({ REPORT_RETURNED: [], REPORT_ACCEPTED: ["EMAIL"], WARNING_OPENED: [] });

    await db.outboundMessage.deleteMany();
    await db.deliveryChannel.deleteMany();
    await db.deliveryChannel.create({ data: { zoneId: reporter.zoneId, kind: "EMAIL", name: "mail", config: { host: "127.0.0.1", port: smtp.port, from: "o@cj.example.gov.cn" } } });
    await db.$transaction((tx) => notifyUnit(tx, reporter.zoneId, reporter.unitId, { kind: "REPORT_RETURNED", title: "退回" }));
    await db.$transaction((tx) => notifyUnit(tx, reporter.zoneId, reporter.unitId, { kind: "WARNING_OPENED", title: "橙色预警" }));
    await db.$transaction((tx) => notifyUnit(tx, reporter.zoneId, reporter.unitId, { kind: "WARNING_RED", title: "红色预警" }));
    const mine = await db.outboundMessage.findMany({ where: { userId: reporter.id }, select: { kind: true } });
    expect(mine.map((row) => row.kind)).toEqual(["WARNING_RED"]);
  });
});

describe("a warning's notification kind", () => {
  it("is WARNING_RED for a red warning (always sent) and WARNING_OPENED for an orange one (the user's choice)", async () => {
    // The demo's warnings come from the real engine (weekly evaluations at seed time). A
    // warning that only ever stood at one level was notified with that level's kind.
    const warnings = await db.warning.findMany({ select: { id: true, events: { select: { toLevel: true } } } });
    const onlyAt = (level: string) => new Set(warnings.filter((warning) => warning.events.length > 0 && warning.events.every((event) => event.toLevel === null || event.toLevel === level)).map((warning) => warning.id));
    const kindsFor = async (ids: Set<string>) => {
      const rows = await db.notification.findMany({ where: { link: { in: [...ids].map((id) => `/warnings/${id}`) } }, select: { kind: true } });
      return [...new Set(rows.map((row) => row.kind))];
    };
    const red = onlyAt("RED");
    const orange = onlyAt("ORANGE");
    expect(red.size).toBeGreaterThan(0);
    expect(orange.size).toBeGreaterThan(0);
    expect(await kindsFor(red)).toEqual(["WARNING_RED"]);
    expect(await kindsFor(orange)).toEqual(["WARNING_OPENED"]);
    expect(await kindsFor(onlyAt("YELLOW"))).toEqual([]);
  });
});

describe("a unit's liaison and responsible leader", () => {
  it("takes the liaison from the unit's users and the leader from them or the leaders", async () => {
    await actAs(ADMIN);
    const unit = await db.unit.findFirstOrThrow({ where: { code: "kjj" } });
    const own = await db.user.findFirstOrThrow({ where: { unitId: unit.id, active: true } });
    const stranger = await db.user.findFirstOrThrow({ where: { unitId: { not: unit.id }, role: "REPORTER", active: true } });
    const leader = await db.user.findFirstOrThrow({ where: { role: "LEADER", active: true } });
    const fields = { id: unit.id, code: unit.code, name: unit.name, shortName: unit.shortName, kind: unit.kind, isMember: "on", sortOrder: String(unit.sortOrder) };
    expect(await updateUnit(null, form({ ...fields, liaisonId: stranger.id }))).toMatchObject({ ok: false, fieldErrors: { liaisonId: ["联络员必须是本单位的在用用户"] } });
    expect(await updateUnit(null, form({ ...fields, leaderId: stranger.id }))).toMatchObject({ ok: false, fieldErrors: { leaderId: ["分管领导必须是本单位用户或领导角色的在用用户"] } });
    expect(await updateUnit(null, form({ ...fields, liaisonId: own.id, leaderId: leader.id }))).toMatchObject({ ok: true });
    expect(await db.unit.findUniqueOrThrow({ where: { id: unit.id }, select: { liaisonId: true, leaderId: true } })).toEqual({ liaisonId: own.id, leaderId: leader.id });
  });
});
