/**
 * XML 1.0 text: characters XML forbids (most control characters, lone surrogates, U+FFFE/FFFF)
 * are dropped, since no escaping makes them well-formed; markup characters become entities.
 * Safe in element content and in double- or single-quoted attribute values.
 */
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

export function xmlText(value: string): string {
  return value.replace(NOT_XML_CHAR, '').replace(/[&<>"']/g, (c) => ENTITIES[c]);
}

/** An element with escaped text content, or nothing when the value is null. */
export function xmlElement(
  name: string,
  value: string | null | undefined,
  attributes: Record<string, string> = {},
): string {
  if (value === null || value === undefined) return '';
  return `<${name}${xmlAttributes(attributes)}>${xmlText(value)}</${name}>`;
}

export function xmlAttributes(attributes: Record<string, string | null | undefined>): string {
  return Object.entries(attributes)
    .filter((entry): entry is [string, string] => entry[1] !== null && entry[1] !== undefined)
    .map(([name, value]) => ` ${name}="${xmlText(value)}"`)
    .join('');
}
