import type { ReactNode } from 'react';

/** The five entities the API's highlight format escapes (and nothing else). */
const ENTITIES: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
};

/** Decodes the five escaped characters; any other "&…;" stays as it is. */
export function decodeEntities(text: string): string {
  return text.replace(/&(?:amp|lt|gt|quot|#39);/g, (entity) => ENTITIES[entity]);
}

export interface HighlightPart {
  text: string;
  marked: boolean;
}

/**
 * Splits the API's highlight format — HTML-escaped text with matches in <mark>…</mark> — into
 * plain-text parts, marked or not. Only the literal <mark> and </mark> tags mean anything; the
 * text between them is decoded, never parsed, so it cannot carry markup of its own.
 */
export function highlightParts(html: string): HighlightPart[] {
  const parts: HighlightPart[] = [];
  let marked = false;
  for (const piece of html.split(/(<\/?mark>)/)) {
    if (piece === '<mark>') marked = true;
    else if (piece === '</mark>') marked = false;
    else if (piece) {
      const text = decodeEntities(piece);
      const last = parts[parts.length - 1];
      // Adjacent parts of the same kind (e.g. around a stray tag) read as one.
      if (last && last.marked === marked) last.text += text;
      else parts.push({ text, marked });
    }
  }
  return parts;
}

/**
 * Text from the API with its matches highlighted (search titles and snippets), rendered as
 * React text and <mark> elements — never as HTML.
 */
export function Highlighted({ html }: { html: string }): ReactNode {
  return (
    <>
      {highlightParts(html).map((part, i) =>
        part.marked ? <mark key={i}>{part.text}</mark> : part.text,
      )}
    </>
  );
}
