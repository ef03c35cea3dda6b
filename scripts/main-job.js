// The main job on the bundled standards: check them all. Findings are the
// standards' business, not a failure of the job, so exit 1 (problems found)
// ends as 0 here; a usage error (2) or a crash still fails.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const kvs = fileURLToPath(new URL('../bin/kvs.js', import.meta.url));
const run = spawnSync(process.execPath, [kvs, 'check', 'standards', ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(run.status === 1 ? 0 : (run.status ?? 2));
