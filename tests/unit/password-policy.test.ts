import { describe, expect, it } from "vitest";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { isCommonPassword, isRepetitiveOrSequence, passwordProblem } from "@/lib/auth/password-policy";

describe("the password policy", () => {
  it("accepts a long, uncommon password", () => {
    expect(passwordProblem("Lantern-Kite-58", "kjj@demo.gov.cn")).toBeNull();
    expect(passwordProblem("江州高新区创建2026!")).toBeNull();
  });

  it("wants at least 10 characters, counted as characters (not bytes)", () => {
    expect(passwordProblem("Kite-58-Ln")).toBeNull(); // exactly 10
    expect(passwordProblem("Kite-58-L")).toBe("validation.passwordTooShort");
    expect(passwordProblem("Demo@2026")).toBe("validation.passwordTooShort");
    // 10 Chinese characters are 10 characters (30 bytes)
    expect(passwordProblem("江州高新区创建办公室")).toBeNull();
  });

  it("refuses more than 72 bytes (bcrypt would ignore the rest)", () => {
    const seventyTwo = "Kq7-".repeat(18); // 72 ASCII bytes, but a repetition
    expect(passwordProblem(seventyTwo)).toBe("validation.passwordPattern");
    const varied = "Lantern-Kite-58-Harbour-Mist-73-Orchid-Vale-19-Granite-Fern-44-Cobalt-XY"; // 72 bytes
    expect(Buffer.byteLength(varied)).toBe(72);
    expect(passwordProblem(varied)).toBeNull();
    expect(passwordProblem(`${varied}y`)).toBe("validation.passwordTooLong");
    // 25 Chinese characters: 25 characters but 75 bytes
    expect(passwordProblem("江州国家高新技术产业开发区创建工作领导小组办公室好")).toBe("validation.passwordTooLong");
  });

  it("refuses common passwords, also with digits and symbols around them", () => {
    expect(isCommonPassword("password123")).toBe(true);
    expect(passwordProblem("1qaz2wsx3edc")).not.toBeNull();
    expect(passwordProblem("Password2026!")).toBe("validation.passwordCommon");
    expect(passwordProblem("!!Sunshine2026")).toBe("validation.passwordCommon");
    expect(passwordProblem("woaini1314")).toBe("validation.passwordCommon");
    expect(passwordProblem("iloveyou12345")).toBe("validation.passwordCommon");
  });

  it("refuses repeated characters and simple sequences", () => {
    for (const weak of ["aaaaaaaaaa", "1111111111", "abababababab", "1212121212", "abcabcabcabc", "abcdefghijk", "0123456789", "9876543210", "qwertyuiop", "poiuytrewq", "asdfghjkl;", "zxcvbnm,./", "aaaaaaaaa1"]) {
      expect(isRepetitiveOrSequence(weak), weak).toBe(true);
      expect(passwordProblem(weak), weak).not.toBeNull();
    }
    expect(isRepetitiveOrSequence("Lantern-Kite-58")).toBe(false);
  });

  it("refuses the e-mail address or its user name", () => {
    expect(passwordProblem("zhang.wei@demo.gov.cn", "zhang.wei@demo.gov.cn")).toBe("validation.passwordEmail");
    expect(passwordProblem("Zhang.Wei2026!", "zhang.wei@demo.gov.cn")).toBe("validation.passwordEmail");
    expect(passwordProblem("my-zhang.wei-key", "zhang.wei@demo.gov.cn")).toBe("validation.passwordEmail");
    // a short user name only counts when it is the whole word
    expect(passwordProblem("kjj-2026-2027", "kjj@demo.gov.cn")).toBe("validation.passwordEmail");
    expect(passwordProblem("Lantern-kjj-58", "kjj@demo.gov.cn")).toBeNull();
  });
});

describe("bcrypt's 72-byte limit", () => {
  it("never lets two passwords sharing a 72-byte prefix both sign in", async () => {
    const prefix = "Lantern-Kite-58-Harbour-Mist-73-Orchid-Vale-19-Granite-Fern-44-Cobalt-XY";
    const hash = await hashPassword(prefix);
    expect(await verifyPassword(prefix, hash)).toBe(true);
    expect(await verifyPassword(`${prefix}-and-more`, hash)).toBe(false);
    await expect(hashPassword(`${prefix}!`)).rejects.toThrow(/72 bytes/);
  });

  it("keeps the demo password (set before the policy) working", async () => {
    const hash = await hashPassword("Demo@2026");
    expect(await verifyPassword("Demo@2026", hash)).toBe(true);
    expect(await verifyPassword("Demo@2026 ", hash)).toBe(false);
  });
});
