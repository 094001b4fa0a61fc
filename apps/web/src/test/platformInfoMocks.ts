import { PlatformInfoDocument } from '@alliance/graphql';

/** Answers the PlatformInfo query (asked by the layout on every page), as often as asked. */
export function platformInfoMock(demoMode: boolean) {
  return {
    request: { query: PlatformInfoDocument },
    result: { data: { platformInfo: { __typename: 'PlatformInfo', demoMode } } },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}
