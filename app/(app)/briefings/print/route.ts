import { NextResponse } from "next/server";
import { getCurrentUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { defaultBriefingWeek } from "@/lib/dashboard/briefing";
import { parseWeekParam } from "@/lib/dashboard/schema";
import { formatIsoWeek } from "@/lib/dates/zone-time";

/** The old print URL of the briefing: the week's bulletin under /print (docs/documents.md). */
export async function GET(request: Request) {
  const url = new URL(request.url);
  const user = await getCurrentUser();
  if (!user) return NextResponse.redirect(new URL("/login", url));
  if (!can(user, "briefing.read")) return NextResponse.redirect(new URL("/briefings", url));
  const week = parseWeekParam(url.searchParams.get("week") ?? undefined) ?? (await defaultBriefingWeek(user));
  return NextResponse.redirect(new URL(`/print/briefing/${formatIsoWeek(week)}`, url), 308);
}
