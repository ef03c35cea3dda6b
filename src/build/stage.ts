/**
 * Publishing one standard's files without ever leaving a half-built set:
 * everything is written into a staging folder inside the output folder
 * (same file system, so renames are atomic), then each file is renamed into
 * place. A failed build leaves the previous output as it was, and files in
 * the output folder that the build did not write are never touched.
 */
import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Stage {
  write(name: string, data: string | Uint8Array): void;
  /** Moves every staged file into `target`; returns the names moved. */
  commit(target: string): string[];
  discard(): void;
}

export function stage(outDir: string): Stage {
  mkdirSync(outDir, { recursive: true });
  const dir = mkdtempSync(join(outDir, '.kvs-staging-'));
  const names: string[] = [];
  return {
    write(name, data) {
      writeFileSync(join(dir, name), data);
      names.push(name);
    },
    commit(target) {
      mkdirSync(target, { recursive: true });
      for (const name of names) renameSync(join(dir, name), join(target, name));
      rmSync(dir, { recursive: true, force: true });
      return names;
    },
    discard() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
