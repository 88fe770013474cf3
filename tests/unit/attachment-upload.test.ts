import { describe, expect, it } from "vitest";
import { filesFrom } from "@/lib/attachments/policy";

describe("files posted with a form", () => {
  it("skips the empty part of a file input left empty, keeps real files (even empty ones, to refuse them)", () => {
    const file = (name: string, size: number) => new File([new Uint8Array(size)], name);
    expect(filesFrom(undefined)).toEqual([]);
    expect(filesFrom(file("", 0))).toEqual([]);
    expect(filesFrom([file("blob", 0), file("undefined", 0)])).toEqual([]);
    expect(filesFrom([file("方案.pdf", 10), file("空.pdf", 0)]).map((kept) => kept.name)).toEqual(["方案.pdf", "空.pdf"]);
    expect(filesFrom("not a file")).toEqual([]);
  });
});
