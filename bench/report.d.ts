/** Types of report.js, for the TypeScript test. */
export interface Row {
  id: string;
  label: string;
  files: number;
  corpusRow?: boolean;
  note?: string;
  skipped?: string;
  cpuMs?: number | null;
  medianMs?: number;
  minMs?: number;
  maxMs?: number;
  peakMb?: number | null;
  load?: number;
  xBaseline?: number;
  vsMarkdownlint?: number;
  vsRemark?: number;
}
export interface Target {
  id: string;
  text: string;
  value: string;
  limit: string;
  met: boolean | undefined;
}
export function addRatios<T extends Row>(rows: T[]): T[];
export function evaluateTargets(rows: Row[], options: { totalSeconds: number; budgetSeconds: number; defaultSize: boolean }): Target[];
export function table(rows: Row[]): string;
export const legend: string;
export function targetLines(targets: Target[]): string;
export function machineInfo(): Record<string, unknown>;
export function readmeBlock(results: unknown, large?: unknown): string;
export function replaceReadmeBlock(readmePath: string, block: string): void;
export const markers: { start: string; end: string };
