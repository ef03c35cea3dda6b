import { readFileSync } from 'node:fs';

/**
 * The package's own package.json. This module runs from src/ and dist/ (one
 * level below the package root) and from the CLI bundle in dist/bundle/ (two
 * levels below), so look in both places rather than at one fixed path.
 */
function ownPackage(): { name: string; version: string } {
  for (const up of ['../package.json', '../../package.json']) {
    try {
      const pkg = JSON.parse(readFileSync(new URL(up, import.meta.url), 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'kvalitetsstandard' && typeof pkg.version === 'string') return { name: pkg.name, version: pkg.version };
    } catch {
      // Not here: try one level further up.
    }
  }
  throw new Error('kvs: cannot find the package.json of kvalitetsstandard');
}

const pkg = ownPackage();

export const toolName = 'kvs';
export const toolVersion = pkg.version;

/** Where rule documentation lives; anchors are rule ids and requirement keys. */
export const docsBase = 'https://github.com/kvalitetsstandard/kvalitetsstandard/blob/main/docs/rules.md';

export function docsUrl(anchor: string): string {
  return `${docsBase}#${anchor}`;
}
