import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generate } from '@graphql-codegen/cli';
import config from '../codegen';

/**
 * The typed documents under src/generated must be what codegen makes of the committed schema
 * and the web app's operations; a stale copy would let the web app compile against a schema
 * the API no longer serves. Fix with `pnpm graphql:generate`.
 */
describe('generated GraphQL documents', () => {
  it('are up to date with schema.graphql and the operations', async () => {
    const root = join(__dirname, '..');
    const cwd = process.cwd();
    process.chdir(root);
    try {
      const outputs = await generate({ ...config, silent: true, cwd: root }, false);
      expect(outputs.length).toBeGreaterThan(0);
      const stale = outputs.filter((o: { filename: string; content: string }) => {
        const onDisk = readFileSync(join(root, o.filename), 'utf8');
        return onDisk !== o.content;
      });
      expect(stale.map((o: { filename: string }) => o.filename)).toEqual([]);
    } finally {
      process.chdir(cwd);
    }
  });

  it('export a typed document for each web operation', () => {
    const generated = readFileSync(join(__dirname, '..', 'src', 'generated', 'graphql.ts'), 'utf8');
    expect(generated).toContain('PlatformStatsDocument');
  });
});
