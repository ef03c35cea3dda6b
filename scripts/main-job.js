// The main job on the bundled standards: check them all, then publish them
// (leaflets, booklets and the overview in output/). Findings are the
// standards' business, not a failure of the job, so exit 1 from the check
// and from the build (a standard published with errors, ⚠) is fine here; a
// usage error, a crash or a standard that could not be built (✖) still fails.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const kvs = fileURLToPath(new URL('../bin/kvs.js', import.meta.url));
const args = process.argv.slice(2);
const run = (command, stdout = 'inherit') =>
  spawnSync(process.execPath, [kvs, command, 'standards', ...args], { stdio: ['inherit', stdout, 'inherit'], encoding: 'utf8' });

const checked = run('check').status ?? 2;
if (checked > 1) process.exit(checked);
const built = run('build', 'pipe');
process.stdout.write(built.stdout ?? '');
const notBuilt = /^✖ /mu.test(built.stdout ?? '');
process.exit(built.status === 1 && !notBuilt ? 0 : (built.status ?? 2));
