import { describe, expect, it } from "vitest";
import { checkSelection, MAX_ATTACHMENT_BYTES, MAX_FILES_PER_REQUEST_BYTES, MAX_REQUEST_BYTES, megabytes, nextUploadBatch } from "@/lib/attachments/policy";
import nextConfig from "@/next.config";

const MB = 1024 * 1024;
const file = (name: string, megabytes: number) => ({ name, size: Math.round(megabytes * MB) });

describe("what the browser checks before sending files", () => {
  it("accepts a 15 MB file and refuses one over 20 MB by name", () => {
    expect(checkSelection([file("现场照片.jpg", 15)])).toEqual([]);
    expect(checkSelection([file("刚好.pdf", 20)])).toEqual([]);
    expect(checkSelection([file("小.pdf", 1), { name: "扫描件.pdf", size: 20 * MB + 1 }])).toEqual([{ reason: "tooLarge", fileName: "扫描件.pdf" }]);
    expect(megabytes(MAX_ATTACHMENT_BYTES)).toBe(20);
  });

  it("refuses too much or too many together for a form that sends its files in one post", () => {
    const three = [file("a.pdf", 18), file("b.pdf", 18), file("c.pdf", 18)];
    expect(checkSelection(three, { maxTotalBytes: MAX_FILES_PER_REQUEST_BYTES })).toEqual([{ reason: "totalTooLarge" }]);
    expect(checkSelection(three.slice(0, 2), { maxTotalBytes: MAX_FILES_PER_REQUEST_BYTES })).toEqual([]);
    expect(checkSelection([file("a.pdf", 1), file("b.pdf", 1)], { maxFiles: 1 })).toEqual([{ reason: "tooMany" }]);
  });

  it("uploads in posts that fit the budget, in order, at least one file each", () => {
    const queue = [file("a", 18), file("b", 18), file("c", 18), file("d", 1)];
    expect(nextUploadBatch(queue).map((entry) => entry.name)).toEqual(["a", "b"]);
    expect(nextUploadBatch(queue.slice(2)).map((entry) => entry.name)).toEqual(["c", "d"]);
    expect(nextUploadBatch([file("big", 20)], 10 * MB).map((entry) => entry.name)).toEqual(["big"]);
    expect(nextUploadBatch([])).toEqual([]);
  });

  it("gives the server actions and the proxy's copy of the body the same limit, above what a post may carry", () => {
    // The proxy's default (10 MB) kept only the first 10 MB of a 15 MB upload.
    expect(nextConfig.experimental?.proxyClientMaxBodySize).toBe(MAX_REQUEST_BYTES);
    expect(nextConfig.experimental?.serverActions?.bodySizeLimit).toBe(MAX_REQUEST_BYTES);
    expect(MAX_REQUEST_BYTES).toBe(54 * MB);
    expect(MAX_FILES_PER_REQUEST_BYTES).toBeGreaterThanOrEqual(MAX_ATTACHMENT_BYTES);
  });
});
