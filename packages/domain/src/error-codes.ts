/**
 * Error codes clients switch on (`extensions.code`): the one list the API raises
 * (apps/api/src/common/errors.ts re-exports it) and the web app recognises (apps/web/src/ui/errors.ts).
 * Feature modules add their own codes here so one list documents them all.
 */
export enum ErrorCode {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  NOT_FOUND = 'NOT_FOUND',
  CONFLICT = 'CONFLICT',
  RATE_LIMITED = 'RATE_LIMITED',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
  /** Wrong email or password (never says which). */
  INVALID_CREDENTIALS = 'INVALID_CREDENTIALS',
  /** Too many wrong passwords: sign-in to this account is locked for a while. */
  ACCOUNT_LOCKED = 'ACCOUNT_LOCKED',
  /** An emailed link or invitation that is unknown, expired or already used. */
  INVALID_TOKEN = 'INVALID_TOKEN',
  /** The action needs a verified email address. */
  EMAIL_NOT_VERIFIED = 'EMAIL_NOT_VERIFIED',
  /** An organization must keep at least one admin. */
  LAST_ADMIN = 'LAST_ADMIN',
  /** The thread is locked: no new replies. */
  THREAD_LOCKED = 'THREAD_LOCKED',
  /** The operation's estimated cost is over the limit (extensions: cost, limit). */
  QUERY_TOO_COMPLEX = 'QUERY_TOO_COMPLEX',
  /** The operation nests deeper than allowed (extensions: depth, limit). */
  QUERY_TOO_DEEP = 'QUERY_TOO_DEEP',
  /** The operation uses more aliases than allowed (extensions: aliases, limit). */
  TOO_MANY_ALIASES = 'TOO_MANY_ALIASES',
  /** The operation ran longer than the execution time limit. */
  TIMEOUT = 'TIMEOUT',
  /** The document is longer, or has more tokens, than allowed (extensions: bytes or tokens, limit). */
  DOCUMENT_TOO_LARGE = 'DOCUMENT_TOO_LARGE',
  /** Queries and mutations go over HTTP; the WebSocket runs subscriptions only. */
  SUBSCRIPTIONS_ONLY = 'SUBSCRIPTIONS_ONLY',
}

/** Every code, in declaration order. */
export const ERROR_CODES: readonly ErrorCode[] = Object.values(ErrorCode);
