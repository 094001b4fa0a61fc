import { SLUG_MAX_LENGTH, slugSchema, slugify } from '../index.js';

describe('slugify', () => {
  it.each([
    ['La Strada International', 'la-strada-international'],
    ['  --Hello   World--  ', 'hello-world'],
    ['Société Générale & Co.', 'societe-generale-and-co'],
    ["Women's Link Worldwide", 'womens-link-worldwide'],
    ['Straße der Hoffnung', 'strasse-der-hoffnung'],
    ['Øresund Æble Œuvre', 'oresund-aeble-oeuvre'],
    ['Łódź Żyrardów', 'lodz-zyrardow'],
    ['Ла Страда Україна', 'la-strada-ukrayina'],
    ['Ангелы Надежды', 'angely-nadezhdy'],
    ['Ελληνικό Συμβούλιο', 'elliniko-symvoylio'],
    ['Türkiye İnsan Hakları', 'turkiye-insan-haklari'],
    ['NGO_2024 (Kyiv)', 'ngo-2024-kyiv'],
    ['UN', 'un'],
    ['日本', ''],
    ['', ''],
  ])('slugify(%p) is %p', (name, slug) => {
    expect(slugify(name)).toBe(slug);
  });

  it('cuts long names at a word boundary, within 60 characters', () => {
    const slug = slugify(
      'International Organization for Migration — Mission in Bosnia and Herzegovina (IOM BiH)',
    );
    expect(slug).toBe('international-organization-for-migration-mission-in-bosnia');
    expect(slug.length).toBeLessThanOrEqual(SLUG_MAX_LENGTH);
  });

  it('cuts a single very long word at 60 characters', () => {
    expect(slugify('a'.repeat(70))).toBe('a'.repeat(60));
  });

  it('produces valid slugs for ordinary names', () => {
    for (const name of [
      'La Strada International',
      'Société Générale & Co.',
      'Ла Страда Україна',
      'x'.repeat(200),
    ]) {
      expect(slugSchema.safeParse(slugify(name)).success).toBe(true);
    }
  });
});
