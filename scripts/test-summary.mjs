// Prints one closing line for the whole test run from each package's .test-results/summary.json.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

let passed = 0;
let failed = 0;
let skipped = 0;
const lines = [];
for (const group of ['apps', 'packages']) {
  for (const name of readdirSync(group)) {
    const file = join(group, name, '.test-results', 'summary.json');
    if (!existsSync(file)) continue;
    const s = JSON.parse(readFileSync(file, 'utf8'));
    passed += s.passed;
    failed += s.failed;
    skipped += s.skipped;
    lines.push(`  ${group}/${name}: ${s.passed} passed, ${s.failed} failed, ${s.skipped} skipped`);
  }
}
console.log(`\n${lines.join('\n')}\n${passed} passed, ${failed} failed, ${skipped} skipped`);
