/**
 * The contributor docs (CONTRIBUTING.md, docs/architecture.md) send people to
 * files by path; a file moved or renamed without the docs leaves a recipe that
 * points nowhere. Every repository path they name in backticks must exist.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const TOP = ['src', 'schemas', 'test', 'docs', 'eval', 'bench', 'scripts', 'templates', 'scaffold', '.ci'];

/** Backticked paths under a top-level folder, or a top-level file (README.md, package.json); placeholders (`<id>`, `NN-`) become patterns. */
function namedPaths(markdown: string): string[] {
  const paths = new Set<string>();
  for (const [, code] of markdown.matchAll(/`([^`\n]+)`/gu)) {
    for (const word of code!.split(/\s+/u)) {
      const path = word.replace(/[),.:;]+$/u, '').replace(/^\.\//u, '');
      if (TOP.some((top) => path.startsWith(`${top}/`)) || /^(?:[A-Z]+\.md|package\.json|tsconfig\.json)$/u.test(path)) paths.add(path);
    }
  }
  return [...paths];
}

function exists(path: string): boolean {
  if (!/<|NN-|\*/u.test(path)) return existsSync(join(root, path));
  // A placeholder: its folder must exist.
  const folder = path.slice(0, path.search(/<|NN-|\*/u)).replace(/[^/]*$/u, '');
  return existsSync(join(root, folder));
}

describe('contributor docs', () => {
  for (const doc of ['CONTRIBUTING.md', 'docs/architecture.md']) {
    it(`${doc}: every path it names exists`, () => {
      const paths = namedPaths(readFileSync(join(root, doc), 'utf8'));
      expect(paths.length).toBeGreaterThan(5);
      expect(paths.filter((path) => !exists(path))).toEqual([]);
    });
  }

  it('finds a moved file', () => {
    expect(namedPaths('see `src/rules/index.ts` and `src/rules/nowhere.ts`').filter((path) => !exists(path))).toEqual(['src/rules/nowhere.ts']);
  });
});
