/**
 * `kvs accept`: every tracked change accepted and every review comment
 * removed. Afterwards `kvs check` finds no tracked change, and the accepted
 * view (what the check and every output already used) is exactly what it was.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { acceptAll } from '../src/accept/accept.js';
import { acceptedView } from '../src/accept/view.js';
import { checkText } from '../src/check/check.js';
import { complete } from './helpers/fixtures.js';
import { record } from './helpers/ledger.js';

const asOf = '2026-06-01';

function trackedChanges(text: string): number {
  return checkText(text, 'x.md', { asOf }).findings.filter((f) => f.ruleId === 'tracked-change').length;
}

const reviewed = complete
  .replace('senest 14 dage', 'senest {~~21~>14~~} dage{>> Tjek mod BEK § 4 <<}')
  .replace('Behandlingen er gratis.', 'Behandlingen er {++helt ++}gratis{-- for dig--}.')
  .replace('Du er med til', '{==Du er med til==}{>>Hvem skrev dette?<<}')
  .replace('Der er tilknyttet en læge.', 'Der er tilknyttet <del>to læger</del> <ins>en</ins> læge. ~~Fjernet sætning.~~')
  .replace('## Gavekort', '{++## Nyt afsnit\n\nTekst i et nyt afsnit.\n\n++}## Gavekort');

describe('kvs accept', () => {
  it('applies every change and comment; the accepted view stays the same; check finds no tracked change', () => {
    expect(trackedChanges(reviewed)).toBe(10);
    const accepted = acceptAll(reviewed);
    expect(accepted).toMatchObject({ changes: 7, comments: 3 });
    expect(accepted.text).toContain('senest 14 dage efter, at du');
    expect(accepted.text).toContain('Behandlingen er helt gratis.');
    expect(accepted.text).toContain('Der er tilknyttet  en læge. ');
    expect(accepted.text).toContain('## Nyt afsnit\n\nTekst i et nyt afsnit.\n\n## Gavekort');
    expect(accepted.text).not.toMatch(/\{[-+~=>]{2}|<\/?(del|ins)>|~~/);
    expect(acceptedView(accepted.text)).toEqual(acceptedView(reviewed));
    expect(trackedChanges(accepted.text)).toBe(0);
    // Nothing else in the file moved: a clean file comes back byte for byte.
    expect(acceptAll(complete)).toEqual({ text: complete, changes: 0, comments: 0 });
  });

  it('holds for marks put anywhere in a standard', () => {
    const marks = ['{++ny tekst ++}', '{--gammel tekst --}', '{~~før~>efter~~}', '{>>kommentar<<}', '{==markeret==}', '<del>væk</del>', '<ins>ny</ins>', '~~streg~~'];
    const lines = complete.split('\n');
    // Only in the body, between words: a mark in the front-matter would make it invalid YAML in both views.
    const body = lines.findIndex((line) => line.startsWith('# '));
    const runs = 40;
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: body, max: lines.length - 1 }), fc.nat(200), fc.constantFrom(...marks)), { minLength: 1, maxLength: 6 }),
        (insertions) => {
          const copy = [...lines];
          // Marks go between words, never inside another mark: CriticMarkup does not nest, and a nested
          // mark is refused by `kvs accept` (its accepted view would change), not accepted.
          const outside = (text: string, index: number) => {
            const before = text.slice(0, index);
            const opened = (before.match(/\{(?:\+\+|--|~~|>>|==)|<(?:del|ins)>/g) ?? []).length;
            const closed = (before.match(/(?:\+\+|--|~~|<<|==)\}|<\/(?:del|ins)>/g) ?? []).length;
            return opened === closed && (before.match(/~~/g) ?? []).length % 2 === 0;
          };
          for (const [line, at, mark] of insertions) {
            const text = copy[line]!;
            let space = text.indexOf(' ', Math.min(at, text.length));
            while (space !== -1 && !outside(text, space)) space = text.indexOf(' ', space + 1);
            copy[line] = space === -1 ? `${text} ${mark}` : `${text.slice(0, space)} ${mark}${text.slice(space)}`;
          }
          const source = copy.join('\n');
          const accepted = acceptAll(source);
          expect(acceptedView(accepted.text)).toEqual(acceptedView(source));
          expect(trackedChanges(accepted.text)).toBe(0);
        },
      ),
      { numRuns: runs },
    );
    record({
      area: 'No data lost',
      what: 'kvs accept over a standard with CriticMarkup, <del>/<ins> and strikethrough put at random places',
      cases: runs,
      result: 'accepted view unchanged; no tracked-change finding left',
    });
  });
});

// ---------------------------------------------------------------------------
// The command

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const bin = path.join(root, 'bin', 'kvs.js');
const temp = mkdtempSync(path.join(os.tmpdir(), 'kvs-accept-test-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe('kvs accept (command)', () => {
  it('--dry-run prints the result and writes nothing; then the file is replaced after a backup', () => {
    const file = path.join(temp, 'standard.md');
    writeFileSync(file, reviewed);
    const kvs = (...args: string[]) => spawnSync(process.execPath, [bin, ...args], { cwd: temp, encoding: 'utf8' });

    const dry = kvs('accept', '--dry-run', 'standard.md');
    expect(dry.status, dry.stderr).toBe(0);
    expect(dry.stdout).toBe(acceptAll(reviewed).text);
    expect(dry.stderr).toContain('standard.md: 7 ændringer godkendt, 3 kommentarer fjernet.');
    expect(readFileSync(file, 'utf8')).toBe(reviewed);

    const run = kvs('accept', 'standard.md');
    expect(run.status, run.stderr).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(acceptAll(reviewed).text);
    const backups = readdirSync(path.join(temp, '.kvs', 'backup'));
    expect(backups).toHaveLength(1);
    expect(readFileSync(path.join(temp, '.kvs', 'backup', backups[0]!), 'utf8')).toBe(reviewed);
  });
});
