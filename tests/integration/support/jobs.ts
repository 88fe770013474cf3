// The job queue in a test file: the app's queue connection pointed at this file's database,
// with workers polling quickly, playing the app instance that runs the background work.
import { JobQueue, jobQueue, setJobQueue } from "@/lib/jobs";
import { evaluateUnitJob } from "@/lib/warnings/unit-evaluation";
import { until } from "./until";

/** Starts this process's workers for every queue the test file has imported (beforeAll). */
export async function startTestWorkers(): Promise<JobQueue> {
  const queue = new JobQueue({ url: process.env.DATABASE_URL, pollingIntervalSeconds: 0.5 });
  setJobQueue(queue);
  await queue.start();
  return queue;
}

/** Waits until no unit evaluation is waiting or running (every submission so far is evaluated). */
export async function unitEvaluationsIdle(): Promise<void> {
  await until(async () => (await jobQueue().unfinished(evaluateUnitJob)) === 0);
}
