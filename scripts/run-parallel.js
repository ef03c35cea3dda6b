#!/usr/bin/env node
/**
 * `npm test`'s steps before vitest — typecheck, lint and build — side by side
 * instead of one after another: each is a single-threaded process of 5–15 s,
 * and CI has two cores. Each step's output is printed whole when it ends (not
 * interleaved); the exit status is the first failed step's, as with `&&`.
 *
 *   node scripts/run-parallel.js typecheck lint build
 */
import { Buffer } from 'node:buffer';
import { spawn } from 'node:child_process';

const names = process.argv.slice(2);
if (names.length === 0) {
  console.error('usage: node scripts/run-parallel.js SCRIPT…');
  process.exit(2);
}
// The npm that runs us (npm_execpath), else the one on PATH.
const npm = process.env.npm_execpath ? [process.execPath, [process.env.npm_execpath]] : ['npm', []];

const runs = names.map(
  (name) =>
    new Promise((resolve) => {
      const started = Date.now();
      const child = spawn(npm[0], [...npm[1], 'run', name], { stdio: ['ignore', 'pipe', 'pipe'] });
      const output = [];
      child.stdout.on('data', (chunk) => output.push(chunk));
      child.stderr.on('data', (chunk) => output.push(chunk));
      child.on('error', (error) => resolve({ name, code: 127, output: [Buffer.from(`${error.message}\n`)], seconds: 0 }));
      child.on('close', (code, signal) => resolve({ name, code: code ?? (signal ? 1 : 0), output, seconds: (Date.now() - started) / 1000 }));
    }).then((result) => {
      process.stdout.write(`\n> npm run ${result.name} (${result.seconds.toFixed(1)} s${result.code === 0 ? '' : `, exit ${result.code}`})\n`);
      process.stdout.write(Buffer.concat(result.output));
      return result;
    }),
);

const results = await Promise.all(runs);
const failed = results.find((result) => result.code !== 0);
process.exitCode = failed ? failed.code : 0;
