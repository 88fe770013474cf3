// The one way UI text reaches the browser: each layout that renders client components wraps
// its tree in <ClientMessages namespaces={[…]}>, naming the top-level namespaces the client
// components under it call useTranslations() with. Only those travel in the page's payload
// (the whole catalogue is ~100 kB of text). A nested provider replaces its parent's messages
// for the subtree, it does not add to them. tests/unit/client-messages.test.ts walks the
// imports from every route file to its client components and fails when a layout lists too
// few namespaces, or one nothing under it uses.
import type { ReactNode } from "react";
import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { AppMessages } from "./messages";

export type Namespace = keyof AppMessages;

export function pickNamespaces<M extends Record<string, unknown>>(messages: M, namespaces: readonly (keyof M & string)[]): Partial<M> {
  const picked: Partial<M> = {};
  for (const namespace of namespaces) {
    if (Object.hasOwn(messages, namespace)) picked[namespace] = messages[namespace];
  }
  return picked;
}

export async function ClientMessages({ namespaces, children }: { namespaces: readonly Namespace[]; children: ReactNode }) {
  const messages = await getMessages();
  return <NextIntlClientProvider messages={pickNamespaces(messages, namespaces)}>{children}</NextIntlClientProvider>;
}
