import { describe, expect, it } from "vitest";
import { checkAttachment, cleanFileName, MAX_ATTACHMENT_BYTES } from "@/lib/attachments/policy";

const bytes = (...values: number[]) => new Uint8Array(values);
const PDF = bytes(0x25, 0x50, 0x44, 0x46, 0x2d, 0x31);
const ZIP = bytes(0x50, 0x4b, 0x03, 0x04, 0, 0);
const EXE = bytes(0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00);

describe("attachment policy", () => {
  it("accepts office documents and PDFs by name and content", () => {
    expect(checkAttachment("周报材料.pdf", 1000, PDF)).toEqual({ ok: true, mimeType: "application/pdf" });
    expect(checkAttachment("台账.XLSX", 1000, ZIP)).toMatchObject({ ok: true });
    expect(checkAttachment("说明.txt", 5, new TextEncoder().encode("进度说明"))).toMatchObject({ ok: true, mimeType: "text/plain" });
  });

  it("refuses a program, a renamed program, an empty file and a file over the limit", () => {
    expect(checkAttachment("setup.exe", 1000, EXE)).toEqual({ ok: false, reason: "type" });
    expect(checkAttachment("报告.pdf", 1000, EXE)).toEqual({ ok: false, reason: "type" });
    expect(checkAttachment("空.pdf", 0, PDF)).toEqual({ ok: false, reason: "empty" });
    expect(checkAttachment("大.pdf", MAX_ATTACHMENT_BYTES + 1, PDF)).toEqual({ ok: false, reason: "tooLarge" });
  });

  it("keeps only a safe base name", () => {
    expect(cleanFileName("../../etc/passwd")).toBe("passwd");
    expect(cleanFileName("C:\\Users\\a\\报告<1>.docx")).toBe("报告_1_.docx");
  });
});
