/**
 * The baseline: what parsing the corpus costs with nothing else — one
 * thread, every .md file under DIR read and parsed with the same unified
 * pipeline kvs uses (remark-parse + remark-gfm + remark-frontmatter).
 * Usage: node bench/raw-parse.js DIR
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';

const dir = process.argv[2];
if (!dir) {
  console.error('usage: node bench/raw-parse.js DIR');
  process.exit(2);
}
const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']);
let nodes = 0;
for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
  if (!entry.isFile() || !entry.name.endsWith('.md')) continue;
  const tree = processor.parse(readFileSync(join(entry.parentPath ?? entry.path, entry.name), 'utf8'));
  nodes += tree.children.length;
}
// Printed so the parse can't be optimised away and a broken run is visible.
console.log(`${nodes} top-level nodes`);
