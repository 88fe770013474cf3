// The outbound delivery workers of a test file: queue connections on this file's database
// (two play two app instances) with quick retries (the product's are 30 s and more). Apart
// from support/jobs.ts so that only the files that send messages register the send job.
import { sendMessageJob } from "@/lib/delivery/send";
import { JobQueue, setJobQueue } from "@/lib/jobs";

export interface DeliveryWorkers {
  /** The first is the app's queue (enqueue goes there). */
  queues: JobQueue[];
  stop(): Promise<void>;
}

export async function startDeliveryWorkers({ instances = 1, retryLimit = 1 }: { instances?: number; retryLimit?: number } = {}): Promise<DeliveryWorkers> {
  sendMessageJob.options.retryLimit = retryLimit;
  sendMessageJob.options.retryDelaySeconds = 1;
  const queues = Array.from({ length: instances }, () => new JobQueue({ url: process.env.DATABASE_URL, pollingIntervalSeconds: 0.5 }));
  setJobQueue(queues[0]);
  for (const queue of queues) await queue.start();
  return {
    queues,
    stop: async () => {
      for (const queue of queues) await queue.stop(5000);
      setJobQueue(undefined);
    },
  };
}
