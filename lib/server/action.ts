// The edge of every server action: expected errors become values with a localized
// message; unexpected ones are logged and shown as a generic message.
import { unstable_rethrow } from "next/navigation";
import { renderText } from "@/lib/i18n/deferred";
import { currentLocale, getServerTranslator } from "@/lib/i18n/server";
import { DomainError, FieldErrorsError, ForbiddenError, NotFoundError, UnauthenticatedError } from "./errors";
import { fail, type ActionResult } from "./result";

function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: string }).code === "P2002";
}

export async function actionError(error: unknown): Promise<Extract<ActionResult<never>, { ok: false }>> {
  // redirect(), notFound() and forbidden() travel as errors that Next must see again.
  unstable_rethrow(error);
  const t = await getServerTranslator();
  if (error instanceof NotFoundError) return fail(t("errors.notFound"));
  if (error instanceof ForbiddenError) return fail(t("errors.forbidden"));
  if (error instanceof UnauthenticatedError) return fail(t("errors.unauthenticated"));
  if (error instanceof DomainError) {
    const message = renderText({ key: error.messageKey, values: error.values }, t, await currentLocale());
    return fail(message, error.field ? { [error.field]: [message] } : {});
  }
  if (error instanceof FieldErrorsError) return fail(t(error.messageKey), error.fieldErrors);
  if (isUniqueViolation(error)) return fail(t("errors.conflict"));
  console.error("[action] unexpected error", error);
  return fail(t("errors.unexpected"));
}

