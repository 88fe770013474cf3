import { getTranslations } from "next-intl/server";
import type { AuditChange } from "@/lib/audit/diff";

type Translate = Awaited<ReturnType<typeof getTranslations<"audit">>>;

/** One path segment: a known field by its name in the UI, an item code or other key as it is. */
function segmentLabel(t: Translate, segment: string): string {
  const field = `fields.${segment}` as Parameters<Translate>[0];
  return t.has(field) ? t(field) : segment;
}

function Value({ value, t }: { value: unknown; t: Translate }) {
  if (value === null || value === undefined || value === "") return <span className="text-slate-400">—</span>;
  if (typeof value === "boolean") return <>{t(value ? "yes" : "no")}</>;
  if (Array.isArray(value)) {
    if (value.length === 0) return <span className="text-slate-400">—</span>;
    return (
      <>
        {value.map((item, index) => (
          <span key={index}>
            {index > 0 && "、"}
            <Value value={item} t={t} />
          </span>
        ))}
      </>
    );
  }
  if (typeof value === "object") {
    const file = value as { fileName?: unknown; sizeBytes?: unknown };
    if (typeof file.fileName === "string") return <>{typeof file.sizeBytes === "number" ? `${file.fileName}（${Math.max(1, Math.round(file.sizeBytes / 1024))} KB）` : file.fileName}</>;
    return <code className="break-all text-[11px]">{JSON.stringify(value)}</code>;
  }
  return <span className="whitespace-pre-wrap break-words">{String(value)}</span>;
}

/** An audit row's changes, one line each: "field: before → after", lists as added / removed. */
export async function AuditChanges({ changes, before, after }: { changes: AuditChange[]; before: unknown; after: unknown }) {
  const t = await getTranslations("audit");
  return (
    <div className="max-w-xl space-y-1 text-xs leading-snug text-slate-700">
      {changes.length === 0 && <p className="text-slate-400">{t("noChanges")}</p>}
      <ul className="space-y-1" data-testid="audit-changes">
        {changes.map((change, index) => (
          <li key={index} data-testid="audit-change">
            <span className="font-medium text-slate-600">{change.path.map((segment) => segmentLabel(t, segment)).join(" · ")}：</span>
            {change.kind === "changed" && (
              <>
                <del className="rounded bg-red-50 px-1 text-red-800 decoration-red-300">
                  <Value value={change.from} t={t} />
                </del>
                <span className="px-1 text-slate-400">→</span>
                <ins className="rounded bg-green-50 px-1 text-green-800 no-underline">
                  <Value value={change.to} t={t} />
                </ins>
              </>
            )}
            {change.kind === "set" && <Value value={change.value} t={t} />}
            {change.kind === "unset" && (
              <>
                <del className="rounded bg-red-50 px-1 text-red-800">
                  <Value value={change.value} t={t} />
                </del>
                <span className="px-1 text-slate-400">→ —</span>
              </>
            )}
            {change.kind === "list" && (
              <>
                {change.added.length > 0 && (
                  <ins className="mr-1 rounded bg-green-50 px-1 text-green-800 no-underline">
                    {t("added")} <Value value={change.added} t={t} />
                  </ins>
                )}
                {change.removed.length > 0 && (
                  <del className="rounded bg-red-50 px-1 text-red-800">
                    {t("removed")} <Value value={change.removed} t={t} />
                  </del>
                )}
              </>
            )}
          </li>
        ))}
      </ul>
      {(before != null || after != null) && (
        <details className="text-[11px] text-slate-500">
          <summary className="cursor-pointer">{t("raw")}</summary>
          <pre className="max-h-40 overflow-auto whitespace-pre-wrap break-all rounded bg-slate-50 p-2">{JSON.stringify({ before, after }, null, 1)}</pre>
        </details>
      )}
    </div>
  );
}
