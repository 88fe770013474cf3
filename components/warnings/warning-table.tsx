"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { ActionForm } from "@/components/ui/action-form";
import { useFormAction } from "@/components/ui/use-form-action";
import { Badge, levelTone } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form";
import { Table, Td, Th } from "@/components/ui/table";
import { acknowledgeWarnings } from "@/lib/warnings/actions";
import type { WarningKind, WarningLevel } from "@/lib/db/generated/enums";
import type { ResolvedReason } from "@/lib/warnings/types";

export interface WarningTableRow {
  id: string;
  title: string;
  level: WarningLevel;
  kind: WarningKind;
  status: "OPEN" | "ACKNOWLEDGED" | "RESOLVED";
  unitName: string;
  itemCode: string | null;
  firstSeen: string;
  resolvedReason: ResolvedReason | null;
}

const statusTone = { OPEN: "red", ACKNOWLEDGED: "yellow", RESOLVED: "green" } as const;

/**
 * The inbox list. Supervisors tick warnings and acknowledge them in bulk, or issue one
 * notice about them (/notices/new with the ticked ids).
 */
export function WarningTable({ rows, canManage }: { rows: WarningTableRow[]; canManage: boolean }) {
  const t = useTranslations();
  const router = useRouter();
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const form = useFormAction(acknowledgeWarnings);
  const { state } = form;
  const toggle = (id: string) =>
    setSelected((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const allSelected = rows.length > 0 && rows.every((row) => selected.has(row.id));
  return (
    <ActionForm form={form} className="space-y-3" data-testid="warning-inbox">
      {state?.ok ? <FormMessage state={{ ok: true, message: t("warnings.acknowledged", { count: state.data.count }) }} /> : <FormMessage state={state} />}
      {canManage && (
        <div className="no-print flex flex-wrap items-center gap-2">
          <Button type="submit" variant="secondary" disabled={selected.size === 0 || form.pending}>
            {t("warnings.acknowledgeSelected")}
          </Button>
          <Button
            type="button"
            disabled={selected.size === 0}
            onClick={() => router.push(`/notices/new?${[...selected].map((id) => `warning=${encodeURIComponent(id)}`).join("&")}`)}
            data-testid="issue-notice-selected"
          >
            {t("warnings.issueNoticeSelected")}
          </Button>
          <span className="text-xs text-slate-500">{selected.size > 0 ? `${selected.size}` : t("warnings.nothingSelected")}</span>
        </div>
      )}
      <Table caption={t("warnings.inboxTitle")}>
        <thead>
          <tr>
            {canManage && (
              <Th className="w-8">
                <input
                  type="checkbox"
                  aria-label={t("warnings.selectAll")}
                  checked={allSelected}
                  onChange={() => setSelected(allSelected ? new Set() : new Set(rows.map((row) => row.id)))}
                />
              </Th>
            )}
            <Th>{t("warnings.level")}</Th>
            <Th className="min-w-72">{t("warnings.detailTitle")}</Th>
            <Th>{t("warnings.kind")}</Th>
            <Th>{t("warnings.unit")}</Th>
            <Th>{t("warnings.status")}</Th>
            <Th>{t("warnings.firstSeen")}</Th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((row) => (
            <tr key={row.id} className="hover:bg-slate-50" data-testid="warning-row" data-level={row.level} data-kind={row.kind}>
              {canManage && (
                <Td>
                  <input type="checkbox" name="warning" value={row.id} checked={selected.has(row.id)} onChange={() => toggle(row.id)} aria-label={`${t("warnings.select")} ${row.title}`} />
                </Td>
              )}
              <Td>
                <Badge tone={levelTone(row.level)}>{t(`warnings.levels.${row.level}`)}</Badge>
              </Td>
              <Td>
                <Link href={`/warnings/${row.id}`} className="font-medium text-slate-800 hover:text-brand-700">
                  {row.title}
                </Link>
                {row.resolvedReason && <div className="text-xs text-slate-500">{t(`warnings.resolvedReason.${row.resolvedReason}`)}</div>}
              </Td>
              <Td className="whitespace-nowrap">{t(`enums.WarningKind.${row.kind}`)}</Td>
              <Td>{row.unitName}</Td>
              <Td>
                <Badge tone={statusTone[row.status]}>{t(`enums.WarningStatus.${row.status}`)}</Badge>
              </Td>
              <Td className="whitespace-nowrap text-xs text-slate-500">{row.firstSeen}</Td>
            </tr>
          ))}
        </tbody>
      </Table>
    </ActionForm>
  );
}
