import { describe, expect, it } from "vitest";
import { formOutcome, submitForm, type FormAction } from "@/components/ui/form-submission";
import type { ActionResult } from "@/lib/server/result";

const refused: ActionResult<{ id: string }> = { ok: false, fieldErrors: { phone: ["请输入有效的电话号码"] }, message: "请修正标出的错误后再提交。" };

function recorder() {
  const calls: string[] = [];
  return { calls, hooks: { unreachableMessage: "offline", reset: () => calls.push("reset"), onSuccess: (data: { id: string }) => calls.push(`success:${data.id}`) } };
}

describe("the form mechanism's submission", () => {
  it("never resets the fields when the server refuses, and shows the errors by field", async () => {
    const { calls, hooks } = recorder();
    let sent: FormData | null = null;
    const action: FormAction<{ id: string }> = async (_previous, formData) => {
      sent = formData;
      return refused;
    };
    const data = new FormData();
    data.set("email", "li@example.cn");
    data.set("phone", "abc");
    const result = await submitForm(action, null, data, hooks);
    expect(result).toEqual(refused);
    expect(calls).toEqual([]);
    expect(sent!.get("email")).toBe("li@example.cn");
    expect(formOutcome(result)).toEqual({ errors: { phone: ["请输入有效的电话号码"] }, failure: refused, success: null });
  });

  it("resets (when asked) and calls back once after a success, before returning", async () => {
    const { calls, hooks } = recorder();
    const result = await submitForm(async () => ({ ok: true, data: { id: "u1" } }), refused, new FormData(), hooks);
    expect(calls).toEqual(["reset", "success:u1"]);
    expect(formOutcome(result)).toEqual({ errors: {}, failure: null, success: { ok: true, data: { id: "u1" } } });
  });

  it("hands the previous result to the action", async () => {
    const seen: (ActionResult<{ id: string }> | null)[] = [];
    await submitForm<{ id: string }>(async (previous) => {
      seen.push(previous);
      return refused;
    }, refused, new FormData(), { unreachableMessage: "offline" });
    expect(seen).toEqual([refused]);
  });

  it("turns a failed request into a failure that keeps the fields, but lets the framework's redirects through", async () => {
    const { calls, hooks } = recorder();
    const down = await submitForm(async () => {
      throw new TypeError("Failed to fetch");
    }, null, new FormData(), hooks);
    expect(down).toEqual({ ok: false, fieldErrors: {}, message: "offline" });
    expect(calls).toEqual([]);
    const redirect = Object.assign(new Error("NEXT_REDIRECT"), { digest: "NEXT_REDIRECT;push;/;307;" });
    await expect(
      submitForm(async () => {
        throw redirect;
      }, null, new FormData(), {
        ...hooks,
        rethrow: (error) => {
          if ((error as { digest?: string }).digest?.startsWith("NEXT_REDIRECT")) throw error;
        },
      }),
    ).rejects.toBe(redirect);
  });

  it("shows nothing before the first submission", () => {
    expect(formOutcome(null)).toEqual({ errors: {}, failure: null, success: null });
  });
});
