/**
 * Preload for fault tests: a crash at an exact point. The process kills itself
 * with SIGKILL just before its KVS_FAULT_KILL_AT_RENAME-th rename into a path
 * containing KVS_FAULT_PATH (default: any), so a test can stop a build
 * between any two of its renames.
 */
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';

const at = Number(process.env.KVS_FAULT_KILL_AT_RENAME ?? '0');
const only = process.env.KVS_FAULT_PATH ?? '';
const renameSync = fs.renameSync;
let renames = 0;

fs.renameSync = function (from, to) {
  if (String(to).includes(only) && ++renames === at) process.kill(process.pid, 'SIGKILL');
  return renameSync(from, to);
};

syncBuiltinESMExports();
