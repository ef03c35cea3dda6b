// The main job on the bundled standards: check them all, then publish them
// (leaflets, booklets and the overview in output/). Findings are the
// standards' business, not a failure of the job, so the check's exit 1
// (problems found) is fine here; a usage error, a crash or a standard that
// could not be built still fails.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const kvs = fileURLToPath(new URL('../bin/kvs.js', import.meta.url));
const args = process.argv.slice(2);
const run = (command) => spawnSync(process.execPath, [kvs, command, 'standards', ...args], { stdio: 'inherit' }).status ?? 2;

const checked = run('check');
if (checked > 1) process.exit(checked);
process.exit(run('build'));
