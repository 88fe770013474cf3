// Expected failures of an action or query, thrown deep and turned into values at the edge.
import type { DeferredValue } from "@/lib/i18n/deferred";
import type { MessageKey } from "@/lib/i18n/server";

/** The record does not exist, or belongs to another unit (which must look the same). */
export class NotFoundError extends Error {
  constructor(what = "record") {
    super(`${what} not found`);
    this.name = "NotFoundError";
  }
}

/** The user's role may not do this at all. */
export class ForbiddenError extends Error {
  constructor(public readonly permission: string) {
    super(`forbidden: ${permission}`);
    this.name = "ForbiddenError";
  }
}

export class UnauthenticatedError extends Error {
  constructor() {
    super("not signed in");
    this.name = "UnauthenticatedError";
  }
}

/**
 * A business rule refused the write: an illegal state transition, a stale version, a
 * duplicate. `messageKey` is a full i18n key ("errors.x", "validation.y"); `field` puts the
 * message at that form field.
 */
export class DomainError extends Error {
  constructor(
    public readonly messageKey: MessageKey,
    /** Rendered in the reader's language (a week, a date: lib/i18n/deferred.ts). */
    public readonly values: Record<string, DeferredValue> = {},
    public readonly field?: string,
  ) {
    super(messageKey);
    this.name = "DomainError";
  }
}

/**
 * Several fields were refused before anything was written (attachments that fail the
 * policy): the form shows each message at its field under one summary message.
 */
export class FieldErrorsError extends Error {
  constructor(
    public readonly fieldErrors: Record<string, string[]>,
    public readonly messageKey: MessageKey = "validation.fixErrors",
  ) {
    super(messageKey);
    this.name = "FieldErrorsError";
  }
}
