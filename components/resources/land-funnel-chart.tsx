"use client";

import { useLocale } from "next-intl";
import { Funnel, FunnelChart, LabelList, Tooltip } from "recharts";
import { formatMu } from "@/lib/format";

export interface FunnelStage {
  label: string;
  /** 亩 as exact text; the chart draws its float, the labels show the text. */
  mu: string;
  fill: string;
}

export function LandFunnelChart({ stages, title }: { stages: FunnelStage[]; title: string }) {
  const locale = useLocale();
  const data = stages.map((stage) => ({ name: stage.label, value: Number(stage.mu), fill: stage.fill, text: `${stage.label} ${formatMu(stage.mu, locale)}` }));
  return (
    <figure aria-label={title} className="h-64 w-full">
      <FunnelChart responsive style={{ width: "100%", height: "100%" }} margin={{ top: 8, right: 8, bottom: 8, left: 8 }}>
        <Tooltip formatter={(value) => formatMu(value as number, locale)} />
        <Funnel dataKey="value" data={data} isAnimationActive={false} lastShapeType="rectangle">
          <LabelList position="inside" dataKey="text" fill="#ffffff" stroke="none" fontSize={13} />
        </Funnel>
      </FunnelChart>
    </figure>
  );
}
