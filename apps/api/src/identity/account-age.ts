/**
 * An account's first day: accounts younger than this post less and without links, and their
 * flags do not count toward hiding a post. One definition, so the rules cannot drift apart.
 */
export const FIRST_DAY_MS = 24 * 3600 * 1000;

export const isInFirstDay = (createdAt: Date, now = Date.now()): boolean =>
  now - createdAt.getTime() < FIRST_DAY_MS;

/**
 * SQL: whether user `u` was trusted when flag `f` was raised — a verified email address by then,
 * and past the first day. Only such flags hide a post automatically.
 */
export const trustedFlaggerSql = (u: string, f: string) =>
  `(${u}.email_verified_at IS NOT NULL AND ${u}.email_verified_at <= ${f}.created_at AND ${f}.created_at - ${u}.created_at >= make_interval(secs => ${FIRST_DAY_MS / 1000}))`;
