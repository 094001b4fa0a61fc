import { isCodeOf, isCountryCode, STAKEHOLDER_TYPES } from '@alliance/domain';
import type { OrganizationFilter, StakeholderType } from '@alliance/graphql';

/** Organizations per page of the directory ("Load more" fetches as many again). */
export const DIRECTORY_PAGE_SIZE = 12;

/** The directory's filters, as kept in the address: ?q=…&type=…&type=…&country=AT&verified=1 */
export interface DirectoryFilters {
  query: string;
  types: StakeholderType[];
  country: string;
  verified: boolean;
}

/** Reads the filters from the search parameters, ignoring values that are not codes we know. */
export function readFilters(params: URLSearchParams): DirectoryFilters {
  const country = params.get('country')?.toUpperCase() ?? '';
  return {
    query: params.get('q')?.trim() ?? '',
    types: params
      .getAll('type')
      .filter((t): t is StakeholderType => isCodeOf(STAKEHOLDER_TYPES, t)),
    country: isCountryCode(country) ? country : '',
    verified: params.get('verified') === '1' || params.get('verified') === 'true',
  };
}

/** The search parameters for `filters` (empty ones left out, so addresses stay short). */
export function writeFilters(filters: DirectoryFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.query) params.set('q', filters.query);
  for (const type of filters.types) params.append('type', type);
  if (filters.country) params.set('country', filters.country);
  if (filters.verified) params.set('verified', '1');
  return params;
}

export function hasFilters(filters: DirectoryFilters): boolean {
  return Boolean(filters.query || filters.types.length || filters.country || filters.verified);
}

/** The GraphQL filter for `filters`; undefined when nothing is filtered. */
export function toOrganizationFilter(filters: DirectoryFilters): OrganizationFilter | undefined {
  const filter: OrganizationFilter = {};
  if (filters.query) filter.query = filters.query;
  if (filters.types.length) filter.stakeholderTypes = filters.types;
  if (filters.country) filter.countries = [filters.country];
  if (filters.verified) filter.verified = true;
  return Object.keys(filter).length ? filter : undefined;
}
