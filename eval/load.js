/** The labelled corpus: every test/corpus/check/<name>.md with its <name>.labels.json. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export function loadCases(dir) {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((file) => {
      const name = file.slice(0, -3);
      return { name, text: readFileSync(join(dir, file), 'utf8'), labels: JSON.parse(readFileSync(join(dir, `${name}.labels.json`), 'utf8')) };
    });
}
