import { PostgresSearchEngine } from '../../src/search/postgres-search.engine';
import { startTestPlatform } from '../utils/test-platform';
import { describeSearchContract } from './search-contract';

describeSearchContract('PostgresSearchEngine', async () => {
  const t = await startTestPlatform();
  return {
    engine: new PostgresSearchEngine(t.db),
    db: t.db,
    index: async () => undefined,
    close: () => t.close(),
  };
});
