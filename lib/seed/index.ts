// The demo data: `generateDemo` (pure) + `insertDemo` (writes) = `seedDemo`.
export { DEMO_ACCOUNTS, DEMO_PASSWORD, ZONE as DEMO_ZONE, type DemoAccount } from "./catalog";
export { DEFAULT_SEED, SCALES, type GenerateOptions } from "./context";
export { generateDemo } from "./generate";
export {
  APP_TABLES,
  DemoAlreadySeededError,
  ensureDemoSeeded,
  insertDemo,
  seedDemo,
  truncateAppTables,
  type SeedCounts,
  type SeedOptions,
  type SeedProgress,
  type SeedResult,
} from "./insert";
export { TABLE_ORDER, type DemoData, type DemoMeta, type Scale, type TableName } from "./types";
