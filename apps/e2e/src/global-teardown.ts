import type { ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';

export default async function globalTeardown() {
  const child = (globalThis as { __platform?: ChildProcess }).__platform;
  if (child && child.exitCode === null) {
    const exited = new Promise((res) => child.on('exit', res));
    child.kill('SIGTERM');
    await exited;
  }
  if (process.env.E2E_DATA_DIR) rmSync(process.env.E2E_DATA_DIR, { recursive: true, force: true });
}
