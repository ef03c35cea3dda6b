import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const pkg = require('../package.json') as { name: string; version: string };

export const toolName = 'kvs';
export const toolVersion = pkg.version;

/** Where rule documentation lives; anchors are rule ids and requirement keys. */
export const docsBase = 'https://github.com/kvalitetsstandard/kvalitetsstandard/blob/main/docs/rules.md';

export function docsUrl(anchor: string): string {
  return `${docsBase}#${anchor}`;
}
