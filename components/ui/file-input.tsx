"use client";

import { useTranslations } from "next-intl";
import { useState, type Ref } from "react";
import { checkSelection, MAX_ATTACHMENT_BYTES, megabytes } from "@/lib/attachments/policy";

/**
 * A file picker whose button and "nothing chosen" text follow the page's language (the
 * browser's own does not). A choice the attachment policy refuses (a file over the limit;
 * for a form that sends its files in one post, too much or too many together) is cleared
 * before anything is sent, with the reason below the button; the server checks again.
 */
export function FileInput({ id, name, accept, multiple = true, chooseLabel, noneLabel, inputRef, onFiles, maxTotalBytes, maxFiles }: {
  id: string;
  name?: string;
  accept?: string;
  multiple?: boolean;
  chooseLabel: string;
  noneLabel: string;
  inputRef?: Ref<HTMLInputElement>;
  onFiles?: (files: FileList) => void;
  maxTotalBytes?: number;
  maxFiles?: number;
}) {
  const t = useTranslations("files");
  const [chosen, setChosen] = useState<string[]>([]);
  const [problems, setProblems] = useState<string[]>([]);
  return (
    <div className="space-y-1">
      <div className="flex flex-wrap items-center gap-3">
        <label htmlFor={id} className="cursor-pointer rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm text-slate-700 hover:bg-slate-50 focus-within:ring-2 focus-within:ring-brand-500">
          {chooseLabel}
          <input
            id={id}
            name={name}
            type="file"
            multiple={multiple}
            accept={accept}
            ref={inputRef}
            className="sr-only"
            onChange={(event) => {
              const files = event.target.files;
              const list = Array.from(files ?? []);
              const refused = checkSelection(list, { maxTotalBytes, maxFiles }).map((problem) =>
                problem.reason === "tooLarge"
                  ? t("tooLarge", { name: problem.fileName, max: megabytes(MAX_ATTACHMENT_BYTES) })
                  : problem.reason === "totalTooLarge"
                    ? t("totalTooLarge", { total: megabytes(list.reduce((sum, file) => sum + file.size, 0)), max: megabytes(maxTotalBytes ?? 0) })
                    : t("tooMany", { max: maxFiles ?? 0 }),
              );
              setProblems(refused.length ? [...refused, t("notSent")] : []);
              if (refused.length) {
                event.target.value = "";
                setChosen([]);
                return;
              }
              setChosen(list.map((file) => file.name));
              if (files?.length) onFiles?.(files);
            }}
          />
        </label>
        <span className="text-sm text-slate-500">{chosen.length ? chosen.join("、") : noneLabel}</span>
      </div>
      {problems.map((problem) => (
        <p key={problem} className="text-xs text-red-600" role="alert" data-testid="file-input-error">
          {problem}
        </p>
      ))}
    </div>
  );
}
