/**
 * The CPU time of this process's finished, waited-for child processes (and
 * theirs), as getrusage(RUSAGE_CHILDREN) and /usr/bin/time count it: user +
 * system from /proc/self/stat (cutime, cstime), in milliseconds. Node has no
 * getrusage of children; undefined where there is no /proc (not Linux).
 */
import { readFileSync } from 'node:fs';

/** USER_HZ, the unit of /proc's times: 100 on Linux's common ports (`getconf CLK_TCK`); not asked for, as that would start a process. */
const ticksPerSecond = 100;

export function childrenCpuMs() {
  let stat;
  try {
    stat = readFileSync('/proc/self/stat', 'utf8');
  } catch {
    return undefined;
  }
  // The command name (field 2) is in parentheses and may hold spaces: count from after it.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // cutime and cstime are fields 16 and 17 of proc(5); fields[0] is field 3.
  const ticks = Number(fields[13]) + Number(fields[14]);
  return Number.isFinite(ticks) ? (ticks * 1000) / ticksPerSecond : undefined;
}
