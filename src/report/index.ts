/** Output formats of `kvs check`: one module per format, chosen by name. */
import type { FileResult } from '../types.js';
import type { ReportOptions } from './options.js';
import { formatGithub } from './github.js';
import { formatJson } from './json.js';
import { formatJunit } from './junit.js';
import { formatSarif } from './sarif.js';
import { formatStylish } from './stylish.js';

export type FormatName = 'stylish' | 'json' | 'sarif' | 'github' | 'junit';

export type { ReportOptions } from './options.js';

type Formatter = (results: readonly FileResult[], options: ReportOptions) => string;

// A Record so that adding a FormatName without a formatter fails to compile.
const formatters: Record<FormatName, Formatter> = {
  stylish: formatStylish,
  json: formatJson,
  sarif: formatSarif,
  github: formatGithub,
  junit: formatJunit,
};

export const formatNames: FormatName[] = ['stylish', 'json', 'sarif', 'github', 'junit'];

/**
 * Render check results. Non-empty output ends with a newline; write it as is
 * (process.stdout.write), not through console.log.
 */
export function formatResults(results: FileResult[], format: FormatName, options: ReportOptions): string {
  return formatters[format](results, options);
}
