// Writes a package.json with "type" into each build folder, so Node reads dist/cjs as CommonJS
// and dist/esm as ES modules regardless of the package's own "type".
// Usage: node mark-module-type.mjs <dir> <commonjs|module> [<dir> <type> ...]
import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

const args = process.argv.slice(2);
for (let i = 0; i < args.length; i += 2) {
  mkdirSync(args[i], { recursive: true });
  writeFileSync(join(args[i], 'package.json'), JSON.stringify({ type: args[i + 1] }) + '\n');
}
