/** The parts of a session that decide where and in which order it is listed. */
export interface SessionLike {
  title: string;
  theme?: string | null;
  startsAt?: string | null;
  position: number;
}

export interface ThemeLike {
  title: string;
  description: string;
}

export interface SessionGroup<S extends SessionLike> {
  /** The event's theme; null for the sessions under none of the event's themes. */
  theme: ThemeLike | null;
  sessions: S[];
}

/** Sessions in programme order: by position, then start time, then title. */
export function sessionOrder(a: SessionLike, b: SessionLike): number {
  return (
    a.position - b.position ||
    (a.startsAt ?? '').localeCompare(b.startsAt ?? '') ||
    a.title.localeCompare(b.title)
  );
}

/**
 * An event's sessions grouped under its themes, in the themes' order (a theme without sessions
 * keeps its place, so the programme shows every theme); sessions without a theme, or under a
 * theme the event no longer has, come last in a group of their own.
 */
export function groupSessionsByTheme<S extends SessionLike>(
  themes: readonly ThemeLike[],
  sessions: readonly S[],
): SessionGroup<S>[] {
  const groups = themes.map((theme) => ({ theme, sessions: [] as S[] }));
  const byTitle = new Map(groups.map((group) => [group.theme.title.toLowerCase(), group]));
  const other: S[] = [];
  for (const session of sessions) {
    const group = session.theme ? byTitle.get(session.theme.toLowerCase()) : undefined;
    (group ? group.sessions : other).push(session);
  }
  const result: SessionGroup<S>[] = groups;
  if (other.length > 0) result.push({ theme: null, sessions: other });
  for (const group of result) group.sessions.sort(sessionOrder);
  return result;
}
