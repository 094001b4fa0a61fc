/**
 * The search box syntax both engines understand, parsed once: words, "quoted phrases",
 * `-excluded` words or phrases, and `OR` between two terms (as in web search engines).
 * PostgreSQL builds its tsquery from these terms; Meilisearch receives the text as typed.
 */
export interface QueryTerm {
  text: string;
  phrase: boolean;
  exclude: boolean;
  /** Joined to the previous term by OR instead of AND. */
  or: boolean;
}

const WORD = /^[\p{L}\p{N}]+$/u;

export function parseQuery(query: string): QueryTerm[] {
  const terms: QueryTerm[] = [];
  const pattern = /(-?)"([^"]*)"?|(\S+)/gu;
  let pendingOr = false;
  for (const match of query.matchAll(pattern)) {
    const [, minus, phrase, bare] = match;
    if (phrase !== undefined) {
      const text = phrase.trim();
      if (text)
        terms.push({
          text,
          phrase: true,
          exclude: minus === '-',
          or: pendingOr && terms.length > 0,
        });
      pendingOr = false;
      continue;
    }
    if (/^or$/i.test(bare!)) {
      // OR joins two terms; a leading one joins nothing.
      pendingOr = terms.length > 0;
      continue;
    }
    const exclude = bare!.startsWith('-') && bare!.length > 1;
    // Punctuation around words means nothing to either engine; keep letters, digits, inner hyphens.
    const text = (exclude ? bare!.slice(1) : bare!).replace(
      /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu,
      '',
    );
    if (!text) continue;
    terms.push({ text, phrase: !WORD.test(text), exclude, or: pendingOr && terms.length > 0 });
    pendingOr = false;
  }
  return terms;
}

/** A single plain word (what typo correction and prefix matching apply to). */
export const isPlainWord = (term: QueryTerm) => !term.phrase && WORD.test(term.text);
