"use client";

import { Button } from "@/components/ui/button";

/** Opens the browser's print dialog (where "Save as PDF" lives). */
export function PrintButton({ label }: { label: string }) {
  return (
    <Button type="button" onClick={() => window.print()} data-testid="print-button">
      {label}
    </Button>
  );
}
