import { searchInputSchema } from '../schemas/search';

describe('searchInputSchema', () => {
  it('keeps a normal search and fills defaults', () => {
    expect(searchInputSchema.parse({ query: '  recruitment ads ' })).toEqual({
      query: 'recruitment ads',
      filter: {},
      facets: [],
      sort: 'RELEVANCE',
    });
  });

  it('removes control characters and the highlight markers’ private-use range', () => {
    expect(searchInputSchema.parse({ query: 'a\u0000b\u001fc\uE000d' }).query).toBe('a b c d');
  });

  it('refuses unknown codes, malformed short names, long queries and reversed years', () => {
    const bad = (input: unknown) => searchInputSchema.safeParse(input).success;
    expect(bad({ query: 'x'.repeat(201) })).toBe(false);
    expect(bad({ query: 'x', filter: { focusAreas: ['TELEPATHY'] } })).toBe(false);
    expect(bad({ query: 'x', filter: { organizations: ['x" OR 1'] } })).toBe(false);
    expect(bad({ query: 'x', filter: { countries: ['ZZ'] } })).toBe(false);
    expect(bad({ query: 'x', filter: { yearFrom: 2020, yearTo: 2010 } })).toBe(false);
    expect(bad({ query: 'x', facets: ['COLOUR'] })).toBe(false);
  });

  it('normalises country codes and deduplicates facets', () => {
    const parsed = searchInputSchema.parse({
      query: 'x',
      filter: { countries: ['md'] },
      facets: ['KIND', 'KIND'],
    });
    expect(parsed.filter.countries).toEqual(['MD']);
    expect(parsed.facets).toEqual(['KIND']);
  });

  it('accepts the misuse-pattern kind and its facets, and refuses codes of other taxonomies there', () => {
    const parsed = searchInputSchema.parse({
      query: 'deepfake',
      filter: {
        kinds: ['MISUSE_PATTERN'],
        stages: ['RECRUITMENT'],
        misusedTechnologies: ['GENERATIVE_AI_AND_DEEPFAKES'],
        trends: ['EMERGING'],
      },
      facets: ['STAGE', 'MISUSED_TECHNOLOGY', 'TREND'],
    });
    expect(parsed.filter).toMatchObject({
      kinds: ['MISUSE_PATTERN'],
      stages: ['RECRUITMENT'],
      misusedTechnologies: ['GENERATIVE_AI_AND_DEEPFAKES'],
      trends: ['EMERGING'],
    });
    const ok = (filter: unknown) => searchInputSchema.safeParse({ query: 'x', filter }).success;
    // The practices' technology codes are not misused-technology codes, and the other way round.
    expect(ok({ misusedTechnologies: ['OPEN_SOURCE_INTELLIGENCE'] })).toBe(false);
    expect(ok({ technologies: ['GENERATIVE_AI_AND_DEEPFAKES'] })).toBe(false);
    expect(ok({ stages: ['TELEPORTATION'] })).toBe(false);
    expect(ok({ trends: ['ROARING'] })).toBe(false);
  });
});
