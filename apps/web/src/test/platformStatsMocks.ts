import { PlatformStatsDocument, type PlatformStatsQuery } from '@alliance/graphql';

/** Platform figures as the API would send them (Apollo adds __typename to every selection set). */
export function platformStatsResponse(stats: PlatformStatsQuery['platformStats']): {
  platformStats: PlatformStatsQuery['platformStats'] & { __typename: string };
} {
  return {
    platformStats: {
      __typename: 'PlatformStats',
      ...stats,
      organizationsByStakeholderType: stats.organizationsByStakeholderType.map((row) => ({
        __typename: 'StakeholderTypeCount',
        ...row,
      })),
    },
  };
}

export const sampleStats: PlatformStatsQuery['platformStats'] = {
  organizationCount: 1234,
  countryCount: 42,
  organizationsByStakeholderType: [
    { stakeholderType: 'GOVERNMENT', count: 400 },
    { stakeholderType: 'CIVIL_SOCIETY', count: 634 },
    { stakeholderType: 'PRIVATE_SECTOR', count: 150 },
    { stakeholderType: 'ACADEMIA', count: 50 },
    { stakeholderType: 'INTERNATIONAL_ORGANIZATION', count: 0 },
    { stakeholderType: 'MEDIA', count: 0 },
    { stakeholderType: 'OTHER', count: 0 },
  ],
};

/** A MockedProvider mock answering PlatformStats with `stats`. */
export function platformStatsMock(stats = sampleStats) {
  return {
    request: { query: PlatformStatsDocument },
    result: { data: platformStatsResponse(stats) },
  };
}
