// Every job definition of the product, imported here so that the workers know all queues.
// A feature adding a job adds its module to this list (docs/jobs.md).
import "@/lib/delivery/send";
import "@/lib/warnings/run-job";
import "@/lib/plan/import-job";
import "@/lib/reminders/jobs";
import "@/lib/warnings/unit-evaluation";
import "@/lib/warnings/scheduler";
