import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/**
 * The boundary rules (.dependency-cruiser.cjs, run by `pnpm boundaries` before the tests) catch
 * each kind of breach: a small source tree with one of each is cruised with the real config.
 */
const api = join(__dirname, '..', '..', '..');
const depcruise = join(api, 'node_modules', '.bin', 'depcruise');

const tree: Record<string, string> = {
  'tsconfig.json':
    '{ "compilerOptions": { "strict": true, "module": "commonjs", "target": "es2022" } }',
  'src/identity/user.entity.ts': 'export class User {}\n',
  'src/identity/index.ts': "export * from './user.entity';\n",
  'src/practices/practice.service.ts': 'export class PracticeService {}\n',
  'src/practices/index.ts': "export * from './practice.service';\n",
  'src/context/loaders.ts':
    "import { User } from '../identity';\nexport const createLoaders = () => User;\n",
  // common/ reaching up into a feature.
  'src/common/actor.ts':
    "import { User } from '../identity/user.entity';\nexport const actor = User;\n",
  // A feature importing the composition root.
  'src/admin/admin.resolver.ts':
    "import { createLoaders } from '../context/loaders';\nexport const r = createLoaders;\n",
  // A converted room reaching inside another feature, and through its index.ts (allowed).
  'src/notifications/notification.resolver.ts':
    "import { PracticeService } from '../practices/practice.service';\nimport { User } from '../identity';\nexport const n = [PracticeService, User];\n",
  // A cycle.
  'src/events/a.ts': "import { b } from './b';\nexport const a = () => b;\n",
  'src/events/b.ts': "import { a } from './a';\nexport const b = () => a;\n",
};

describe('boundary rules', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'boundaries-'));
    for (const [file, text] of Object.entries(tree)) {
      mkdirSync(dirname(join(dir, file)), { recursive: true });
      writeFileSync(join(dir, file), text);
    }
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('report every kind of breach, and only those', () => {
    let out: string;
    try {
      out = execFileSync(
        depcruise,
        ['src', '--config', join(api, '.dependency-cruiser.cjs'), '--output-type', 'json'],
        { cwd: dir, encoding: 'utf8' },
      );
    } catch (error) {
      // depcruise may exit with the number of errors; the report is still on stdout.
      out = (error as { stdout: string }).stdout;
    }
    const violations = (
      JSON.parse(out) as {
        summary: { violations: { from: string; to: string; rule: { name: string } }[] };
      }
    ).summary.violations;
    expect(violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`).sort()).toEqual([
      'feature-imports-features-through-index: src/notifications/notification.resolver.ts → src/practices/practice.service.ts',
      'features-do-not-import-the-composition-root: src/admin/admin.resolver.ts → src/context/loaders.ts',
      'ground-floor-imports-no-feature: src/common/actor.ts → src/identity/user.entity.ts',
      'no-circular: src/events/a.ts → src/events/b.ts',
    ]);
  }, 60_000);
});
