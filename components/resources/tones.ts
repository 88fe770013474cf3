// Status colours of resource records, the same on every page.
import type { Tone } from "@/components/ui/badge";

const TONES: Record<string, Tone> = {
  // designations, planning adjustments
  PLANNED: "gray",
  PREPARING: "gray",
  SUBMITTED: "blue",
  UNDER_REVIEW: "yellow",
  APPROVED: "green",
  REJECTED: "red",
  // steps
  PENDING: "gray",
  IN_PROGRESS: "blue",
  DONE: "green",
  BLOCKED: "red",
  // funds
  APPLIED: "blue",
  PARTLY_ARRIVED: "yellow",
  ARRIVED: "green",
  // land batches
  PARTLY_APPROVED: "yellow",
  // coordination
  OPEN: "gray",
  WAITING_LEADER: "orange",
  RESOLVED: "green",
  CLOSED: "gray",
};

export function statusTone(status: string): Tone {
  return TONES[status] ?? "gray";
}
