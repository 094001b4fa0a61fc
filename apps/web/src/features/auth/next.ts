/**
 * Where to go after signing in or up: the `next` search parameter when it is a path on this
 * site ("/organizations/x?tab=y"), never another origin ("//evil.example", "https://…").
 */
export function safeNext(next: string | null | undefined, fallback = '/'): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) {
    return fallback;
  }
  return next;
}

/** A link to `path` that comes back to `returnTo` afterwards ("/sign-in?next=%2Fprofile"). */
export function withNext(
  path: string,
  returnTo: string,
  extra: Record<string, string> = {},
): string {
  const params = new URLSearchParams({ ...extra, next: returnTo });
  return `${path}?${params.toString()}`;
}
