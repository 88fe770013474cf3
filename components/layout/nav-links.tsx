"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useState } from "react";
import { cn } from "@/components/ui/cn";

export interface NavSectionView {
  label: string;
  items: { href: string; label: string }[];
}

function matches(pathname: string, href: string): boolean {
  return href === "/" ? pathname === "/" : pathname === href || pathname.startsWith(`${href}/`);
}

/** The most specific entry under the path is the active one ("/my-unit/history" over "/my-unit"). */
function activeHref(pathname: string, sections: NavSectionView[]): string | undefined {
  return sections
    .flatMap((section) => section.items.map((item) => item.href))
    .filter((href) => matches(pathname, href))
    .sort((a, b) => b.length - a.length)[0];
}

export function NavLinks({ sections, onNavigate }: { sections: NavSectionView[]; onNavigate?: () => void }) {
  const active = activeHref(usePathname(), sections);
  return (
    <nav className="flex-1 overflow-y-auto px-2 py-3" aria-label="main" data-testid="main-nav">
      {sections.map((section) => (
        <div key={section.label} className="mb-4">
          <div className="px-2 pb-1 text-xs font-medium uppercase tracking-wide text-slate-400">{section.label}</div>
          <ul className="space-y-0.5">
            {section.items.map((item) => (
              <li key={item.href}>
                <Link
                  href={item.href}
                  onClick={onNavigate}
                  aria-current={item.href === active ? "page" : undefined}
                  className={cn(
                    "block rounded-md px-2 py-1.5 text-sm",
                    item.href === active ? "bg-brand-50 font-medium text-brand-700" : "text-slate-700 hover:bg-slate-100",
                  )}
                >
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </nav>
  );
}

/** The same navigation in a drawer, for phones and small tablets. */
export function MobileNav({ sections, title, menuLabel }: { sections: NavSectionView[]; title: string; menuLabel: string }) {
  const [open, setOpen] = useState(false);
  return (
    <div className="lg:hidden">
      <button type="button" className="rounded-md p-2 text-slate-700 hover:bg-slate-100" aria-label={menuLabel} aria-expanded={open} onClick={() => setOpen(true)} data-testid="mobile-menu">
        <svg viewBox="0 0 20 20" className="h-5 w-5" fill="currentColor" aria-hidden><path d="M3 5h14v2H3zM3 9h14v2H3zM3 13h14v2H3z" /></svg>
      </button>
      {open && (
        <div className="fixed inset-0 z-40 flex" role="dialog" aria-modal="true">
          <div className="absolute inset-0 bg-slate-900/40" onClick={() => setOpen(false)} />
          <div className="relative flex h-full w-64 flex-col bg-white shadow-xl">
            <div className="border-b border-slate-100 px-4 py-4 text-sm font-semibold text-brand-700">{title}</div>
            <NavLinks sections={sections} onNavigate={() => setOpen(false)} />
          </div>
        </div>
      )}
    </div>
  );
}
