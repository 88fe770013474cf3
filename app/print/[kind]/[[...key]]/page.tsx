import { DocumentToolbar } from "@/components/documents/document-toolbar";
import { DocumentView } from "@/components/documents/document-view";
import { orNotFound, pageUser } from "@/lib/auth/guard";
import { pdfAvailability } from "@/lib/documents/pdf";
import { documentLinks, isDocumentKind, loadDocument } from "@/lib/documents/registry";
import { notFound } from "next/navigation";

type Params = { params: Promise<{ kind: string; key?: string[] }> };

async function resolve({ params }: Params) {
  const { kind, key } = await params;
  if (!isDocumentKind(kind) || (key && key.length > 1)) notFound();
  return { kind, key: key?.[0] ? decodeURIComponent(key[0]) : undefined };
}

export async function generateMetadata(props: Params) {
  const user = await pageUser();
  const { kind, key } = await resolve(props);
  const doc = await orNotFound(loadDocument(user, kind, key));
  return { title: doc.fileName };
}

export default async function PrintDocumentPage(props: Params) {
  const user = await pageUser();
  const { kind, key } = await resolve(props);
  const doc = await orNotFound(loadDocument(user, kind, key));
  return (
    <>
      <DocumentToolbar links={documentLinks(kind, key)} pdf={pdfAvailability()} />
      <DocumentView doc={doc} />
    </>
  );
}
