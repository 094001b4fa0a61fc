import {
  NO_SEARCH,
  readSearchState,
  REQUESTED_FACETS,
  SEARCH_FACETS,
  searchPath,
  toSearchFilter,
  toSearchVariables,
  withFacetValues,
  withoutFilters,
  writeSearchState,
} from '../searchFilters';

const facet = (field: string) => SEARCH_FACETS.find((f) => f.field === field)!;

describe('search state in the address', () => {
  it('round-trips the query, every filter and the order, in a stable order', () => {
    const params = new URLSearchParams(
      'sort=NEWEST&status=PILOT&category=victim-support&org=saferoutes-network&org=La-Strada&type=GOVERNMENT&region=CENTRAL_ASIA&country=md&country=AT&trend=EMERGING&misused=SOCIAL_MEDIA&misused=DATING_APPS&stage=MOVEMENT&stage=RECRUITMENT&form=FORCED_BEGGING&tech=MOBILE_APP&focus=PROTECTION&focus=PREVENTION&kind=MISUSE_PATTERN&kind=POST&kind=PRACTICE&q=%20hotline%20chat%20',
    );
    const state = readSearchState(params);
    expect(state).toEqual({
      query: 'hotline chat',
      filters: {
        kinds: ['PRACTICE', 'POST', 'MISUSE_PATTERN'],
        focusAreas: ['PREVENTION', 'PROTECTION'],
        technologies: ['MOBILE_APP'],
        formsOfExploitation: ['FORCED_BEGGING'],
        stages: ['RECRUITMENT', 'MOVEMENT'],
        misusedTechnologies: ['SOCIAL_MEDIA', 'DATING_APPS'],
        trends: ['EMERGING'],
        countries: ['AT', 'MD'],
        regions: ['CENTRAL_ASIA'],
        stakeholderTypes: ['GOVERNMENT'],
        organizations: ['la-strada', 'saferoutes-network'],
        categories: ['victim-support'],
        statuses: ['PILOT'],
      },
      sort: 'NEWEST',
    });
    expect(writeSearchState(state).toString()).toBe(
      'q=hotline+chat&kind=PRACTICE&kind=POST&kind=MISUSE_PATTERN&focus=PREVENTION&focus=PROTECTION&tech=MOBILE_APP&form=FORCED_BEGGING&stage=RECRUITMENT&stage=MOVEMENT&misused=SOCIAL_MEDIA&misused=DATING_APPS&trend=EMERGING&country=AT&country=MD&region=CENTRAL_ASIA&type=GOVERNMENT&org=la-strada&org=saferoutes-network&category=victim-support&status=PILOT&sort=NEWEST',
    );
    expect(readSearchState(writeSearchState(state))).toEqual(state);
    expect(toSearchVariables(state)).toEqual({
      query: 'hotline chat',
      first: 20,
      facets: REQUESTED_FACETS,
      sort: 'NEWEST',
      filter: {
        kinds: ['PRACTICE', 'POST', 'MISUSE_PATTERN'],
        focusAreas: ['PREVENTION', 'PROTECTION'],
        technologies: ['MOBILE_APP'],
        formsOfExploitation: ['FORCED_BEGGING'],
        stages: ['RECRUITMENT', 'MOVEMENT'],
        misusedTechnologies: ['SOCIAL_MEDIA', 'DATING_APPS'],
        trends: ['EMERGING'],
        countries: ['AT', 'MD'],
        regions: ['CENTRAL_ASIA'],
        stakeholderTypes: ['GOVERNMENT'],
        organizations: ['la-strada', 'saferoutes-network'],
        categories: ['victim-support'],
        statuses: ['PILOT'],
      },
    });
  });

  it('uses the practice and pattern libraries’ parameters for the facets they have (misused technologies apart from tech)', () => {
    expect(Object.fromEntries(SEARCH_FACETS.map((f) => [f.facet, f.param]))).toEqual({
      KIND: 'kind',
      FOCUS_AREA: 'focus',
      TECHNOLOGY: 'tech',
      FORM_OF_EXPLOITATION: 'form',
      STAGE: 'stage',
      MISUSED_TECHNOLOGY: 'misused',
      TREND: 'trend',
      COUNTRY: 'country',
      REGION: 'region',
      STAKEHOLDER_TYPE: 'type',
      ORGANIZATION: 'org',
      CATEGORY: 'category',
      STATUS: 'status',
    });
    expect(REQUESTED_FACETS).toEqual([
      'KIND',
      'FOCUS_AREA',
      'TECHNOLOGY',
      'FORM_OF_EXPLOITATION',
      'STAGE',
      'MISUSED_TECHNOLOGY',
      'TREND',
      'COUNTRY',
      'REGION',
      'STAKEHOLDER_TYPE',
      'ORGANIZATION',
      'CATEGORY',
      'STATUS',
    ]);
  });

  it('ignores values it does not know and leaves defaults out of the address', () => {
    const state = readSearchState(
      new URLSearchParams(
        'focus=SPYING&kind=EVERYTHING&country=XX&org=not a slug&org=-bad-&category=ok-slug&sort=RANDOM&tech=MOBILE_APP&tech=MOBILE_APP&evidence=NONE&stage=TELEPORTATION&misused=MOBILE_APP&tech=SOCIAL_MEDIA&trend=ROARING',
      ),
    );
    expect(state).toEqual({
      ...NO_SEARCH,
      filters: { ...NO_SEARCH.filters, technologies: ['MOBILE_APP'], categories: ['ok-slug'] },
    });
    expect(writeSearchState(state).toString()).toBe('tech=MOBILE_APP&category=ok-slug');
    expect(toSearchFilter(NO_SEARCH)).toBeUndefined();
    expect(toSearchVariables({ ...NO_SEARCH, query: 'hotline' })).toEqual({
      query: 'hotline',
      first: 20,
      facets: REQUESTED_FACETS,
      sort: 'RELEVANCE',
    });
  });

  it('changes one facet at a time, normalised, and clears the filters but not the query', () => {
    const state = { ...NO_SEARCH, query: 'hotline', sort: 'NEWEST' as const };
    const focused = withFacetValues(state, facet('focusAreas'), [
      'PROTECTION',
      'PREVENTION',
      'PROTECTION',
    ]);
    expect(writeSearchState(focused).toString()).toBe(
      'q=hotline&focus=PREVENTION&focus=PROTECTION&sort=NEWEST',
    );
    const both = withFacetValues(focused, facet('organizations'), ['SafeRoutes-Network']);
    expect(toSearchFilter(both)).toEqual({
      focusAreas: ['PREVENTION', 'PROTECTION'],
      organizations: ['saferoutes-network'],
    });
    expect(writeSearchState(withoutFilters(both)).toString()).toBe('q=hotline&sort=NEWEST');
  });

  it('makes the address of a plain search', () => {
    expect(searchPath('  "forced labour" -fees ')).toBe('/search?q=%22forced+labour%22+-fees');
    expect(searchPath('   ')).toBe('/search');
  });
});
