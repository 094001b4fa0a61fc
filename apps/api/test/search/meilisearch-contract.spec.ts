import { randomBytes } from 'node:crypto';
import { MeilisearchEngine } from '../../src/search/meilisearch.engine';
import { startTestPlatform } from '../utils/test-platform';
import { describeSearchContract } from './search-contract';

/**
 * The same contract against a real Meilisearch, whenever MEILI_HOST points at one, e.g. the
 * one of infra/ (see docs/search.md):
 *   MEILI_HOST=http://localhost:7700 MEILI_API_KEY=… pnpm --filter @alliance/api test -- test/search/meilisearch-contract
 * No Meilisearch server can be installed on the CI machines, so CI runs the boundary tests
 * (meilisearch-adapter.spec.ts) instead, and this suite reports itself skipped.
 */
const host = process.env.MEILI_HOST;
if (host) {
  describeSearchContract('MeilisearchEngine', async () => {
    const t = await startTestPlatform();
    const engine = new MeilisearchEngine(t.db, {
      host,
      apiKey: process.env.MEILI_API_KEY,
      index: `contract_${randomBytes(4).toString('hex')}`,
    });
    return {
      engine,
      db: t.db,
      index: async () => {
        await engine.rebuild();
      },
      close: async () => {
        await engine.client
          .deleteIndex(engine.indexUid)
          .waitTask()
          .catch(() => undefined);
        await t.close();
      },
    };
  });
} else {
  describe.skip('search contract: MeilisearchEngine (set MEILI_HOST to run it against a real Meilisearch)', () => {
    it('runs against a real Meilisearch', () => undefined);
  });
}
