import type { ComponentProps, ReactNode } from "react";
import { cn } from "./cn";

/** A table that scrolls sideways on a phone instead of breaking the layout. */
export function Table({ children, className, caption }: { children: ReactNode; className?: string; caption?: ReactNode }) {
  return (
    <div className="-mx-4 overflow-x-auto sm:mx-0">
      <table className={cn("min-w-full divide-y divide-slate-200 text-sm", className)}>
        {caption && <caption className="sr-only">{caption}</caption>}
        {children}
      </table>
    </div>
  );
}

export function Th({ className, ...props }: ComponentProps<"th">) {
  return <th scope="col" className={cn("whitespace-nowrap bg-slate-50 px-3 py-2 text-left text-xs font-semibold text-slate-600", className)} {...props} />;
}

export function Td({ className, ...props }: ComponentProps<"td">) {
  return <td className={cn("px-3 py-2 align-top text-slate-700", className)} {...props} />;
}
