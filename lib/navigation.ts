// The app's navigation, filtered by the permission table: a role sees only what it may open.
// A feature adds its entry here when its pages land.
import { can, type Actor, type Permission } from "@/lib/auth/permissions";

export type NavSection = "work" | "oversight" | "insight" | "admin";

export interface NavItem {
  href: string;
  /** Key under the "nav" messages namespace. */
  label: string;
  section: NavSection;
  permission: Permission;
  /** Only for these roles, when the permission alone is too broad (e.g. "my unit" pages). */
  roles?: Actor["role"][];
}

export const NAV_ITEMS: NavItem[] = [
  // A reporter's home is "/my-unit", a leader's "/dashboard" ("/" redirects there).
  { href: "/", label: "home", section: "work", permission: "plan.read", roles: ["SUPERVISOR", "ADMIN"] },
  { href: "/my-unit", label: "myUnit", section: "work", permission: "report.write", roles: ["REPORTER"] },
  { href: "/my-unit/history", label: "reports", section: "work", permission: "report.write", roles: ["REPORTER"] },
  { href: "/plan", label: "plan", section: "work", permission: "plan.read" },
  { href: "/units", label: "units", section: "work", permission: "unit.read" },
  { href: "/reports", label: "review", section: "oversight", permission: "report.review" },
  { href: "/supervision", label: "supervision", section: "oversight", permission: "monthlyReport.read" },
  { href: "/warnings", label: "warnings", section: "oversight", permission: "warning.read" },
  { href: "/notices", label: "notices", section: "oversight", permission: "notice.read" },
  { href: "/coordination", label: "coordination", section: "oversight", permission: "coordination.read" },
  { href: "/dashboard", label: "dashboard", section: "insight", permission: "dashboard.read" },
  { href: "/briefings", label: "briefings", section: "insight", permission: "briefingEdition.read" },
  { href: "/readiness", label: "readiness", section: "insight", permission: "readiness.view" },
  { href: "/assessment", label: "assessment", section: "insight", permission: "assessment.read" },
  { href: "/resources", label: "resources", section: "insight", permission: "resource.read" },
  { href: "/big-screen", label: "bigScreen", section: "insight", permission: "dashboard.read" },
  { href: "/documents", label: "documents", section: "insight", permission: "statusReport.read" },
  { href: "/admin/users", label: "users", section: "admin", permission: "user.manage" },
  { href: "/admin/units", label: "adminUnits", section: "admin", permission: "unit.manage" },
  { href: "/admin/channels", label: "channels", section: "admin", permission: "channel.manage" },
  { href: "/admin/audit", label: "audit", section: "admin", permission: "audit.read" },
  { href: "/settings", label: "settings", section: "admin", permission: "documentSettings.manage" },
];

export const NAV_SECTIONS: { id: NavSection; label: string }[] = [
  { id: "work", label: "sectionWork" },
  { id: "oversight", label: "sectionOversight" },
  { id: "insight", label: "sectionInsight" },
  { id: "admin", label: "sectionAdmin" },
];

export function navigationFor(actor: Actor): { section: NavSection; label: string; items: NavItem[] }[] {
  return NAV_SECTIONS.map((section) => ({
    section: section.id,
    label: section.label,
    items: NAV_ITEMS.filter((item) => item.section === section.id && can(actor, item.permission) && (!item.roles || item.roles.includes(actor.role))),
  })).filter((section) => section.items.length > 0);
}
