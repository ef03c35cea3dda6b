/**
 * The benchmark's measuring and judging (bench/measure.js, bench/report.js):
 * rows run interleaved, CPU comes from the operating system with its child
 * processes, and the targets of issue 23 are judged on CPU seconds with the
 * wall time beside them. No benchmark is run here: one small process is timed.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runOnce, schedule, summarise } from '../bench/measure.js';
import { childrenCpuMs } from '../bench/proc-cpu.mjs';
import { addRatios, evaluateTargets, table } from '../bench/report.js';

const dir = mkdtempSync(join(tmpdir(), 'kvs-bench-report-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('bench: measuring', () => {
  it('interleaves the rows round by round, warm-ups first in round 0', () => {
    const steps = schedule([
      { runs: 3, warmup: 0 },
      { runs: 1, warmup: 1 },
      { runs: 2, warmup: 0 },
    ]);
    expect(steps).toEqual([
      { row: 0, i: 0, timed: true },
      { row: 1, i: 0, timed: false },
      { row: 1, i: 1, timed: true },
      { row: 2, i: 0, timed: true },
      { row: 0, i: 1, timed: true },
      { row: 2, i: 1, timed: true },
      { row: 0, i: 2, timed: true },
    ]);
  });

  it('counts the CPU of a child process and of the processes it waits for', () => {
    // A node process that spins ~150 ms itself, and a shell that waits for a child spinning as long.
    const spin = 'const t=process.cpuUsage();while((process.cpuUsage(t).user+process.cpuUsage(t).system)<150000);';
    const node = runOnce({ argv: [process.execPath, '-e', spin], cwd: dir, kind: 'node' }, join(dir, 'node'));
    expect(node.cpuMs).toBeGreaterThanOrEqual(140);
    expect(node.peakMb).toBeGreaterThan(1);
    const other = runOnce({ argv: ['/bin/sh', '-c', `"${process.execPath}" -e "${spin}"`], cwd: dir, kind: 'other' }, join(dir, 'other'));
    if (childrenCpuMs() !== undefined) expect(other.cpuMs).toBeGreaterThanOrEqual(130);
    expect(node.load).toBeGreaterThanOrEqual(0);
  });

  it('takes the medians of CPU and wall each on its own, the spread of the wall and the highest peak', () => {
    const s = (ms: number, cpuMs: number, peakMb: number, load: number) => ({ ms, cpuMs, peakMb, load });
    expect(summarise([s(10, 5, 100, 1), s(30, 1, 300, 3), s(20, 9, 200, 2)], { runs: 3, warmup: 0 })).toMatchObject({
      medianMs: 20,
      minMs: 10,
      maxMs: 30,
      cpuMs: 5,
      peakMb: 300,
      load: 2,
    });
  });
});

describe('bench: judging on CPU seconds', () => {
  const row = (id: string, cpuMs: number, medianMs: number, extra: object = {}) => ({ id, label: id, files: 1000, corpusRow: true, cpuMs, medianMs, minMs: medianMs, maxMs: medianMs, peakMb: 100, load: 1.5, ...extra });
  const rows = () =>
    addRatios([
      row('raw-parse', 10_000, 10_000),
      // Less wall than the raw parse (two cores), more CPU: the target is judged on CPU.
      row('kvs-check-cold', 12_000, 6_000),
      row('kvs-check-warm', 400, 500),
      row('markdownlint-cli2', 20_000, 12_000),
      row('node-startup', 40, 50, { corpusRow: false, files: 1 }),
      row('kvs-check-one', 100, 300, { corpusRow: false, files: 1 }),
      row('kvs-booklets-batch', 3_000, 3_000, { corpusRow: false, files: 20 }),
      row('chromium-print-batch', 16_000, 3_500, { corpusRow: false, files: 20 }),
    ]);

  it('gives the ratios of CPU seconds', () => {
    const [, cold, warm] = rows();
    expect(cold).toMatchObject({ xBaseline: 1.2, vsMarkdownlint: 0.6 });
    expect(warm).toMatchObject({ xBaseline: 0.04, vsMarkdownlint: 0.02 });
  });

  it('says which targets are met, with the wall-time ratio beside the CPU one', () => {
    const targets = Object.fromEntries(evaluateTargets(rows(), { totalSeconds: 100, budgetSeconds: 600, defaultSize: true }).map((t) => [t.id, t]));
    expect(targets['cold-vs-baseline']).toMatchObject({ met: false, value: '1.20 × CPU (0.60 × wall)' });
    expect(targets['cold-vs-markdownlint']).toMatchObject({ met: true, value: '0.60 × CPU (0.50 × wall)' });
    expect(targets['kvs-check-warm']?.met).toBe(true);
    expect(targets['one-file-startup']).toMatchObject({ met: true, value: '2.5 × CPU (6.0 × wall)' });
    expect(targets['booklet-batch-vs-chromium']).toMatchObject({ met: true });
    expect(targets['booklet-batch-cpu']).toMatchObject({ met: true, value: '0.15 s CPU (0.15 s wall)' });
    expect(targets['budget']?.met).toBe(true);
  });

  it("says where the cold check's CPU goes, as comparisons, not targets", () => {
    const parts = addRatios([
      ...rows(),
      row('tokenize-only', 8_000, 8_000),
      row('check-parse', 6_000, 6_000),
      row('kvs-check-cold-1thread', 9_000, 9_000),
    ]);
    const targets = Object.fromEntries(evaluateTargets(parts, { totalSeconds: 100, budgetSeconds: 600, defaultSize: true }).map((t) => [t.id, t]));
    expect(targets['tokenize-only']).toMatchObject({ met: undefined, value: '0.80 × CPU (0.80 × wall) the raw parse' });
    expect(targets['check-parse']).toMatchObject({ met: undefined, value: '0.60 × CPU (0.60 × wall) the raw parse' });
    // Two threads: less wall, more CPU than one.
    expect(targets['threads']).toMatchObject({ met: undefined, value: '1.33 × CPU (0.67 × wall)' });
    // Without those rows, nothing is said about them.
    const plain = evaluateTargets(rows(), { totalSeconds: 100, budgetSeconds: 600, defaultSize: true }).map((t) => t.id);
    expect(plain).not.toContain('threads');
  });

  it('shows CPU, wall and the load in the table', () => {
    const lines = table(rows()).split('\n');
    expect(lines[0]).toBe('| Row | Files | CPU s | Wall s | Wall min–max s | Load | Peak MB | CPU × baseline | CPU × markdownlint-cli2 | CPU × remark-cli |');
    expect(lines.find((line) => line.startsWith('| kvs-check-cold '))).toBe('| kvs-check-cold | 1000 | 12.0 | 6.00 | 6.00–6.00 | 1.5 | 100 | 1.20 | 0.60 | — |');
  });
});
