/** A person who may be mentioned: `@[Name](user:<id>)` in a post's markdown. */
export interface MentionCandidate {
  id: string;
  displayName: string;
}

const MENTION = /@\[([^\]\n]{1,80})\]\(user:([A-Za-z0-9_=+/-]+)\)/g;

/** Backslash-escapes the characters markdown would otherwise interpret in a name. */
function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!<>|~]/g, '\\$&');
}

/** Mention markup as people read it: "@Name" (in bold), before the markdown is rendered. */
export function renderMentions(body: string): string {
  return body.replace(MENTION, (_match, name: string) => `**@${escapeMarkdown(name)}**`);
}

/** The markup that mentions `person`. */
export function mentionMarkup(person: MentionCandidate): string {
  return `@[${person.displayName.replace(/[[\]]/g, '')}](user:${person.id})`;
}

/**
 * The mention being typed just before the caret: "@" and 2+ letters (no space), with where it
 * starts; null when the caret is not after one.
 */
export function mentionQuery(text: string, caret: number): { start: number; query: string } | null {
  const before = text.slice(0, caret);
  const match = /(^|\s)@([\p{L}\p{N}._-]{2,40})$/u.exec(before);
  if (!match) return null;
  const query = match[2] ?? '';
  return { start: caret - query.length - 1, query };
}

/** Candidates whose name contains the query (any word start or anywhere, case-insensitive). */
export function matchCandidates(
  candidates: MentionCandidate[],
  query: string,
  max = 6,
): MentionCandidate[] {
  const q = query.toLocaleLowerCase();
  return candidates.filter((c) => c.displayName.toLocaleLowerCase().includes(q)).slice(0, max);
}
