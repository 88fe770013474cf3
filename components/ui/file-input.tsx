"use client";

import { useState, type Ref } from "react";

/** A file picker whose button and "nothing chosen" text follow the page's language (the browser's own does not). */
export function FileInput({ id, name, accept, multiple = true, chooseLabel, noneLabel, inputRef, onFiles }: {
  id: string;
  name?: string;
  accept?: string;
  multiple?: boolean;
  chooseLabel: string;
  noneLabel: string;
  inputRef?: Ref<HTMLInputElement>;
  onFiles?: (files: FileList) => void;
}) {
  const [chosen, setChosen] = useState<string[]>([]);
  return (
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
            setChosen(Array.from(files ?? []).map((file) => file.name));
            if (files?.length) onFiles?.(files);
          }}
        />
      </label>
      <span className="text-sm text-slate-500">{chosen.length ? chosen.join("、") : noneLabel}</span>
    </div>
  );
}
