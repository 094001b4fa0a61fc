import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * visibility/ is the one room that decides who may see what: features import it, it imports
 * no feature (only common/ and libraries), so no feature can bend the rule for its own needs.
 */
const root = join(__dirname, '..');
const sources = readdirSync(root).filter((f) => f.endsWith('.ts'));
const importsOf = (file: string) =>
  [
    ...readFileSync(join(root, file), 'utf8').matchAll(
      /^\s*(?:import|export)\b[^'"]*?from\s+['"]([^'"]+)['"]/gm,
    ),
  ].map((m) => m[1]);

describe('visibility/ boundary', () => {
  it('has its modules', () => {
    expect(sources).toEqual(
      expect.arrayContaining([
        'index.ts',
        'viewer-scope.ts',
        'predicates.ts',
        'per-user.ts',
        'fields.ts',
      ]),
    );
  });

  it.each(sources)('%s imports no feature', (file) => {
    const relative = importsOf(file).filter((spec) => spec.startsWith('.'));
    const outside = relative.filter(
      (spec) => !spec.startsWith('./') && !spec.startsWith('../common/'),
    );
    expect(outside).toEqual([]);
  });
});
