// A real S3-compatible server on loopback for the tests (s3rver, files in a temporary folder).
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import S3rver from "s3rver";

export interface LocalS3 {
  /** What an operator would put in the environment to use it. */
  env: Record<string, string>;
  stop(): Promise<void>;
}

export async function startLocalS3(bucket = "chuangjian"): Promise<LocalS3> {
  const directory = await mkdtemp(path.join(os.tmpdir(), "chuangjian-s3-"));
  const server = new S3rver({ address: "127.0.0.1", port: 0, silent: true, directory, configureBuckets: [{ name: bucket }] });
  const { port } = await server.run();
  return {
    // s3rver's built-in account.
    env: { S3_ENDPOINT: `http://127.0.0.1:${port}`, S3_BUCKET: bucket, S3_REGION: "us-east-1", S3_ACCESS_KEY_ID: "S3RVER", S3_SECRET_ACCESS_KEY: "S3RVER" },
    async stop() {
      await server.close();
      await rm(directory, { recursive: true, force: true });
    },
  };
}
