import { getLocale, getTranslations } from "next-intl/server";
import { EmptyState } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import { formatDate, formatMu, formatYuan } from "@/lib/format";
import type { LandProjectRow } from "@/lib/resources/queries";

export async function LandProjectTable({ projects }: { projects: LandProjectRow[] }) {
  const [t, locale] = await Promise.all([getTranslations("resources.land"), getLocale()]);
  if (projects.length === 0) return <EmptyState title={t("noProjects")} />;
  return (
    <Table caption={t("projects")}>
      <thead>
        <tr>
          <Th className="min-w-48">{t("projectName")}</Th>
          <Th className="text-right">{t("projectArea")}</Th>
          <Th className="text-right">{t("projectApproved")}</Th>
          <Th>{t("approvalRef")}</Th>
          <Th className="text-right">{t("investment")}</Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {projects.map((project) => (
          <tr key={project.id} data-testid="land-project-row">
            <Td>{project.name}</Td>
            <Td className="text-right tabular-nums">{formatMu(project.areaMu, locale)}</Td>
            <Td className="text-right tabular-nums">{formatMu(project.approvedMu, locale)}</Td>
            <Td className="text-xs">
              {project.approvalRef ?? "—"}
              {project.approvedAt && <div className="text-slate-500">{formatDate(project.approvedAt, locale)}</div>}
            </Td>
            <Td className="text-right tabular-nums">{formatYuan(project.investment, locale)}</Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
