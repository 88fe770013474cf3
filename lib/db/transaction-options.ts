// The one set of transaction options. Prisma's 5-second default is tight on a busy server;
// each kind of work that holds a transaction has its named limits here, never a local constant.
// maxWait: how long to wait for a connection; timeout: how long the transaction may run.

/** Every request's transaction: a server action, a sign-in, a report save. */
export const TRANSACTION_OPTIONS = { maxWait: 10_000, timeout: 30_000 } as const;

/** Work off the request path that writes much at once, under a lock of its own. */
export const LONG_TRANSACTION_OPTIONS = {
  /** One step of the warning engine: a batch of units under the zone's warning lock. */
  engineStep: { maxWait: 15_000, timeout: 60_000 },
  /** Applying a checked plan import: thousands of rows in one transaction. */
  planImport: { maxWait: 30_000, timeout: 300_000 },
  /** Writing the whole demo (every table, scale l included) under the seed lock. */
  demoSeed: { maxWait: 60_000, timeout: 30 * 60_000 },
} as const;
