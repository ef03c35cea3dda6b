/**
 * `kvs fix`: mechanical fixes only — empty stubs for missing required
 * sections, a misspelt known heading spelt right, dates and phone numbers in the canonical form, stale legal
 * references with an unambiguous replacement. Never policy text.
 */
import type { Config } from '../config.js';
import type { Lang } from '../types.js';
import { buildStandard } from '../model/standard.js';
import { checkStandard } from '../check/check.js';
import { applyEdits, type TextEdit } from './edits.js';
import { frontMatterEdits } from './frontmatter.js';
import { phoneEdits, staleReferenceEdits } from './text-fixes.js';
import { headingRenameEdits, sectionStubEdits } from './sections.js';

export interface FixOptions {
  asOf: string;
  lang: Lang;
  config?: Config;
}

export interface FixResult {
  text: string;
  applied: TextEdit[];
}

export function fixStandardText(source: string, path: string, options: FixOptions): FixResult {
  const headings = options.config?.headings;
  // The check's tree: its positions are exact also after a bare address (see model/parse.ts), and edits rely on them.
  const standard = buildStandard(source, path, { ...(headings ? { headings } : {}), autolinkLiterals: false });
  const check = checkStandard(standard, { asOf: options.asOf, lang: options.lang, ...(options.config ? { config: options.config } : {}) });
  const edits = [
    ...frontMatterEdits(source),
    ...phoneEdits(standard),
    ...staleReferenceEdits(standard, options.asOf),
    ...sectionStubEdits(standard, check.findings, headings),
    ...headingRenameEdits(standard, check.findings),
  ];
  return applyEdits(source, edits);
}
