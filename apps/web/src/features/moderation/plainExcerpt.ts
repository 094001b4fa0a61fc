/** How many characters of a post the moderators' queue shows. */
export const EXCERPT_LENGTH = 200;

/**
 * A short plain-text excerpt of markdown: link, image, emphasis, heading, list, quote and code
 * syntax dropped (their text kept), whitespace collapsed, cut at a word near `max` characters
 * with "…". Any HTML in the source stays as literal text: render the result as a text node only.
 */
export function plainExcerpt(markdown: string, max = EXCERPT_LENGTH): string {
  const text = markdown
    .replace(/^\s*(```|~~~).*$/gm, ' ') // code fences (their content stays)
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1') // images: their description
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1') // links: their text
    .replace(/\[([^\]]*)\]\[[^\]]*\]/g, '$1') // reference links
    .replace(/^\s{0,3}#{1,6}\s+/gm, '') // headings
    .replace(/^\s{0,3}>\s?/gm, '') // quotes
    .replace(/^\s*(?:[-*+]|\d+[.)])\s+/gm, '') // list items
    .replace(/(\*\*|__|~~)(.+?)\1/g, '$2') // strong, strikethrough
    .replace(/(^|[^\w*])[*_]([^*_\n]+)[*_](?![\w*])/g, '$1$2') // emphasis
    .replace(/`+([^`]*)`+/g, '$1') // inline code
    .replace(/\s+/g, ' ')
    .trim();
  const chars = Array.from(text);
  if (chars.length <= max) return text;
  const cut = chars.slice(0, max).join('');
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
