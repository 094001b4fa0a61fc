import { HIGHLIGHT_END, HIGHLIGHT_START } from './search-engine';

/**
 * Turns an engine's marked fragment of markdown into plain text: mentions become "@Name",
 * links their label, markdown punctuation and extra whitespace go; match markers stay.
 */
export function cleanSnippet(text: string, maxLength: number): string {
  let s = text
    .replace(/@\[([^\]]*)\]\(user:[^)]*\)/g, '@$1')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/```[a-z]*|`/g, '')
    .replace(/^\s{0,3}(#{1,6}|>|[-*+]|\d+\.)\s+/gm, '')
    .replace(/(\*\*|__|~~)/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (s.length > maxLength) {
    let cut = s.slice(0, maxLength);
    // Never cut inside a highlighted word.
    if (cut.lastIndexOf(HIGHLIGHT_START) > cut.lastIndexOf(HIGHLIGHT_END))
      cut = cut.slice(0, cut.lastIndexOf(HIGHLIGHT_START));
    s = `${cut.replace(/\s+\S*$/, '')} …`;
  }
  return s;
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * The API's highlight format: HTML-escaped text where matches are wrapped in <mark>…</mark>.
 * User text is escaped before the marks are added, so the result can never carry markup of
 * its own; unbalanced markers are dropped.
 */
export function toHighlightHtml(marked: string): string {
  const escaped = marked.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
  let open = false;
  let out = '';
  for (const ch of escaped) {
    if (ch === HIGHLIGHT_START) {
      if (!open) out += '<mark>';
      open = true;
    } else if (ch === HIGHLIGHT_END) {
      if (open) out += '</mark>';
      open = false;
    } else out += ch;
  }
  return open ? `${out}</mark>` : out;
}

/** The text without any markers. */
export const stripMarkers = (marked: string) =>
  marked.replaceAll(HIGHLIGHT_START, '').replaceAll(HIGHLIGHT_END, '');
