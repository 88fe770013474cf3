import path from "node:path";

/**
 * Where the app keeps its local state: the embedded cluster, attachments, the generated secret.
 * Resolved at run time only (turbopackIgnore): the build must not trace and copy this directory.
 */
export const DATA_DIR = path.resolve(/*turbopackIgnore: true*/ process.env.CHUANGJIAN_DATA_DIR ?? path.join(process.cwd(), ".data"));
