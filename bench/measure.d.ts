/** Types of measure.js, for the TypeScript test. */
export interface Command {
  argv: string[];
  cwd: string;
  kind: 'node' | 'other';
  okStatus?: number;
}
export interface Sample {
  ms: number;
  cpuMs: number | undefined;
  peakMb: number | undefined;
  load: number;
}
export const hasGnuTime: boolean;
export function runOnce(command: Command, workDir: string): Sample;
export function median(values: number[]): number;
export function schedule(rows: { runs: number; warmup: number }[]): { row: number; i: number; timed: boolean }[];
export function summarise(
  samples: Sample[],
  options: { runs: number; warmup: number },
): { runs: number; warmup: number; timesMs: number[]; cpuTimesMs: number[]; medianMs: number; minMs: number; maxMs: number; cpuMs: number | null; peakMb: number | null; load: number };
export function round1(x: number): number;
