/**
 * Slugs: the short names used in web addresses (e.g. /organizations/la-strada-international).
 */
import { z } from 'zod';
import { requiredText } from './fields.js';

export const SLUG_MIN_LENGTH = 3;
export const SLUG_MAX_LENGTH = 60;
/** Lower-case letters a–z and digits, in words joined by single hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** 3–60 characters: lower-case a–z, 0–9 and single hyphens, not starting or ending with a hyphen. */
export const slugSchema = z
  .string(requiredText('Enter a short name for the web address.'))
  .trim()
  .check((ctx) => {
    const slug = ctx.value;
    let message: string | undefined;
    if (slug.length < SLUG_MIN_LENGTH) {
      message = `The short name must be at least ${SLUG_MIN_LENGTH} characters long.`;
    } else if (slug.length > SLUG_MAX_LENGTH) {
      message = `The short name must be at most ${SLUG_MAX_LENGTH} characters long.`;
    } else if (/[^a-z0-9-]/.test(slug)) {
      message =
        'Use only lower-case letters (a–z), digits and hyphens in the short name, like my-organization.';
    } else if (slug.startsWith('-') || slug.endsWith('-')) {
      message = 'The short name cannot start or end with a hyphen.';
    } else if (slug.includes('--')) {
      message = 'The short name cannot contain two hyphens in a row.';
    }
    if (message) ctx.issues.push({ code: 'custom', message, input: slug });
  });

// Letters that Unicode decomposition does not reduce to a–z.
// prettier-ignore
const TRANSLITERATIONS: Record<string, string> = {
  // Latin
  ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', đ: 'd', ð: 'd', þ: 'th', ł: 'l', ı: 'i', ħ: 'h', ŋ: 'ng', ə: 'e',
  // Cyrillic (Russian, Ukrainian, Belarusian, Serbian, Macedonian, Kazakh, Kyrgyz, ...)
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k',
  л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts',
  ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya', і: 'i', ї: 'yi',
  є: 'ye', ґ: 'g', ў: 'u', ђ: 'dj', ј: 'j', љ: 'lj', њ: 'nj', ћ: 'c', џ: 'dz', ѓ: 'gj', ќ: 'kj',
  ѕ: 'dz', қ: 'q', ғ: 'gh', ү: 'u', ұ: 'u', ң: 'ng', һ: 'h', ә: 'a', ө: 'o',
  // Greek
  α: 'a', β: 'v', γ: 'g', δ: 'd', ε: 'e', ζ: 'z', η: 'i', θ: 'th', ι: 'i', κ: 'k', λ: 'l', μ: 'm',
  ν: 'n', ξ: 'x', ο: 'o', π: 'p', ρ: 'r', σ: 's', ς: 's', τ: 't', υ: 'y', φ: 'f', χ: 'ch', ψ: 'ps',
  ω: 'o',
};

function transliterate(char: string): string {
  const direct = TRANSLITERATIONS[char];
  if (direct !== undefined) return direct;
  // "é" → "e", "ά" → "α" → "a", "ﬁ" → "fi": decompose and drop the accents.
  const base = char.normalize('NFKD').replace(/\p{M}/gu, '');
  return [...base].map((c) => TRANSLITERATIONS[c] ?? c).join('');
}

/**
 * A slug made from a name: "Société Générale & Co." → "societe-generale-and-co",
 * "Ла Страда Україна" → "la-strada-ukrayina". Accents are removed, Cyrillic and Greek letters are
 * transliterated, "&" becomes "and", apostrophes are dropped and anything else that is not a–z or
 * 0–9 separates words. The result is cut to 60 characters at a word boundary when possible.
 * It may be shorter than 3 characters or even empty (a name in another script, or "UN"): check it
 * with `slugSchema` before use.
 */
export function slugify(name: string): string {
  const lower = name.normalize('NFC').toLowerCase();
  let slug = [...lower]
    .map(transliterate)
    .join('')
    .replace(/&/g, ' and ')
    .replace(/['’ʼ‘`´]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length > SLUG_MAX_LENGTH) {
    const cut = slug.slice(0, SLUG_MAX_LENGTH + 1);
    const boundary = cut.lastIndexOf('-');
    slug = boundary >= SLUG_MIN_LENGTH ? cut.slice(0, boundary) : slug.slice(0, SLUG_MAX_LENGTH);
    slug = slug.replace(/-+$/g, '');
  }
  return slug;
}
