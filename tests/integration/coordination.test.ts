import { describe, expect, it } from "vitest";
import { addCoordinationInstruction, createCoordinationRequest, transitionCoordinationRequest, updateCoordinationRequest } from "@/lib/coordination/actions";
import { getCoordinationRequest, listCoordinationRequests, listCoordinationWaitingForLeader } from "@/lib/coordination/queries";
import { db } from "@/lib/db/client";
import { NotFoundError } from "@/lib/server/errors";
import { actAs, actorFor, form } from "./support/session";

const OFFICE = "office@demo.gov.cn";
const REPORTER = "kjj@demo.gov.cn";
const OTHER_REPORTER = "park@demo.gov.cn";
const LEADER = "leader@demo.gov.cn";

const request = (values: Record<string, string> = {}) =>
  form({ title: "协调省科技厅增加高企认定批次", content: "请市领导协调省科技厅年内增加一个认定批次。", addresseeKind: "CITY_LEADER", addressee: "市政府分管副市长", ...values });

async function raise(email: string, values: Record<string, string> = {}): Promise<string> {
  await actAs(email);
  const result = await createCoordinationRequest(null, request(values));
  if (!result.ok) throw new Error(result.message);
  return result.data.id;
}

describe("coordination requests", () => {
  it("a reporter raises one for its own unit only, whatever the form says, and the office is told", async () => {
    const reporter = await actorFor(REPORTER);
    const elsewhere = await db.unit.findFirstOrThrow({ where: { code: "xcl" } });
    const before = await db.notification.count({ where: { user: { role: "SUPERVISOR" } } });
    const id = await raise(REPORTER, { unitId: elsewhere.id });
    const stored = await db.coordinationRequest.findUniqueOrThrow({ where: { id } });
    expect(stored).toMatchObject({ unitId: reporter.unitId, raisedById: reporter.id, status: "OPEN" });
    const supervisors = await db.user.count({ where: { role: "SUPERVISOR", active: true } });
    expect(await db.notification.count({ where: { user: { role: "SUPERVISOR" } } })).toBe(before + supervisors);
    expect(await db.auditLog.count({ where: { action: "coordination.create", entityId: id } })).toBe(1);
  });

  it("shows a reporter its own unit's requests only; another unit's is not found", async () => {
    const id = await raise(OTHER_REPORTER);
    const reporter = await actorFor(REPORTER);
    const list = await listCoordinationRequests(reporter, {});
    expect(list.items.every((row) => row.unit?.id === reporter.unitId)).toBe(true);
    await expect(getCoordinationRequest(reporter, id)).rejects.toThrow(NotFoundError);
    // A filter can narrow a reporter's view but never widen it.
    const other = await db.coordinationRequest.findUniqueOrThrow({ where: { id } });
    expect((await listCoordinationRequests(reporter, { unitId: other.unitId! })).total).toBe(0);
  });

  it("goes to a leader, who instructs (批示): the request moves on and everyone concerned is told", async () => {
    const reporter = await actorFor(REPORTER);
    const id = await raise(REPORTER);

    await actAs(OFFICE);
    expect(await transitionCoordinationRequest(null, form({ id, status: "WAITING_LEADER" }))).toMatchObject({ ok: true });
    const leader = await actorFor(LEADER);
    expect(await db.notification.count({ where: { userId: leader.id, link: `/coordination/${id}` } })).toBe(1);
    const waiting = await listCoordinationWaitingForLeader(leader, { limit: 50 });
    expect(waiting.items.map((row) => row.id)).toContain(id);
    expect(waiting.total).toBe(await db.coordinationRequest.count({ where: { status: "WAITING_LEADER" } }));

    // Neither a reporter nor the office may instruct.
    for (const email of [REPORTER, OFFICE]) {
      await actAs(email);
      expect(await addCoordinationInstruction(null, form({ coordinationRequestId: id, content: "越权批示" }))).toMatchObject({ ok: false, message: "您无权执行此操作。" });
    }

    await actAs(LEADER);
    const result = await addCoordinationInstruction(null, form({ coordinationRequestId: id, content: "请科技局抓紧对接，月底前报结果。" }));
    expect(result.ok).toBe(true);
    const instruction = await db.instruction.findFirstOrThrow({ where: { coordinationRequestId: id } });
    expect(instruction).toMatchObject({ authorId: leader.id, content: "请科技局抓紧对接，月底前报结果。" });
    expect((await db.coordinationRequest.findUniqueOrThrow({ where: { id } })).status).toBe("IN_PROGRESS");
    expect((await listCoordinationWaitingForLeader(leader, { limit: 50 })).items.map((row) => row.id)).not.toContain(id);

    const told = await db.notification.findMany({ where: { kind: "INSTRUCTION", link: `/coordination/${id}` }, include: { user: { select: { role: true, unitId: true } } } });
    expect(told.some((notification) => notification.userId === reporter.id)).toBe(true);
    expect(told.filter((notification) => notification.user.role === "SUPERVISOR")).toHaveLength(await db.user.count({ where: { role: "SUPERVISOR", active: true } }));
    expect(told.some((notification) => notification.userId === leader.id)).toBe(false);
    expect(told[0].body).toBe("请科技局抓紧对接，月底前报结果。");
    expect(await db.auditLog.count({ where: { action: "coordination.instruct", entityId: id } })).toBe(1);

    const detail = await getCoordinationRequest(reporter, id);
    expect(detail.instructions.map((entry) => entry.content)).toEqual(["请科技局抓紧对接，月底前报结果。"]);
  });

  it("follows the workflow: a finished request needs an outcome, an illegal move is refused, a finished one takes no instruction", async () => {
    const id = await raise(OFFICE);
    expect(await transitionCoordinationRequest(null, form({ id, status: "RESOLVED" }))).toMatchObject({ ok: false, fieldErrors: { outcome: ["办结或关闭时请填写办理结果。"] } });
    expect((await db.coordinationRequest.findUniqueOrThrow({ where: { id } })).status).toBe("OPEN");
    expect(await transitionCoordinationRequest(null, form({ id, status: "RESOLVED", outcome: "省科技厅同意增加批次" }))).toMatchObject({ ok: true });
    const resolved = await db.coordinationRequest.findUniqueOrThrow({ where: { id } });
    expect(resolved).toMatchObject({ status: "RESOLVED", outcome: "省科技厅同意增加批次" });
    expect(resolved.resolvedAt).not.toBeNull();
    expect(await transitionCoordinationRequest(null, form({ id, status: "WAITING_LEADER" }))).toMatchObject({ ok: false, message: "当前状态下不能进行此操作。" });

    await actAs(LEADER);
    expect(await addCoordinationInstruction(null, form({ coordinationRequestId: id, content: "已阅" }))).toMatchObject({ ok: false, message: "该协调事项已办结，不能再批示。" });
  });

  it("lets the raising unit edit while open, not once the office took it up; a reporter may not move it", async () => {
    const id = await raise(REPORTER);
    expect(await updateCoordinationRequest(null, request({ id, title: "改过的标题" }))).toMatchObject({ ok: true });
    expect(await transitionCoordinationRequest(null, form({ id, status: "WAITING_LEADER" }))).toMatchObject({ ok: false, message: "您无权执行此操作。" });
    await actAs(OFFICE);
    await transitionCoordinationRequest(null, form({ id, status: "IN_PROGRESS" }));
    await actAs(REPORTER);
    expect(await updateCoordinationRequest(null, request({ id, title: "再改" }))).toMatchObject({ ok: false, message: "该协调事项已进入办理，不能再修改。" });
    await actAs(OTHER_REPORTER);
    expect(await updateCoordinationRequest(null, request({ id, title: "别人的" }))).toMatchObject({ ok: false, message: "记录不存在或您无权访问。" });
    expect((await db.coordinationRequest.findUniqueOrThrow({ where: { id } })).title).toBe("改过的标题");
  });
});
