import path from "node:path";

/** Where the app keeps its local state: the embedded cluster, attachments, the generated secret. */
export const DATA_DIR = path.resolve(process.env.CHUANGJIAN_DATA_DIR ?? path.join(/* turbopackIgnore: true */ process.cwd(), ".data"));
