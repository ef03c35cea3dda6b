/**
 * A unified plugin that reports the same findings as `kvs check`, so
 * remark-cli and editors built on unified (vscode-remark) show them.
 *
 *   // .remarkrc.mjs
 *   import remarkKvs from 'kvalitetsstandard/remark';
 *   export default { plugins: [remarkKvs] };
 *
 * It checks the file's text, not the tree it is given: CriticMarkup must be
 * resolved before Markdown is parsed, so the tool runs its own parse.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import type { Lang } from './types.js';
import { checkText } from './check/check.js';
import { loadConfig, type Config } from './config.js';

export interface RemarkKvsOptions {
  asOf?: string;
  lang?: Lang;
  /** Config to use; by default kvs.config.json is looked up from the file's folder. */
  config?: Config;
}

export default function remarkKvs(options: RemarkKvsOptions = {}) {
  return (_tree: Root, file: VFile): void => {
    const config = options.config ?? loadConfig(undefined, file.dirname ?? process.cwd()).config;
    const result = checkText(String(file.value), file.path ?? '<input>', {
      ...(options.asOf ? { asOf: options.asOf } : {}),
      ...(options.lang ? { lang: options.lang } : {}),
      config,
    });
    for (const finding of result.findings) {
      const message = file.message(finding.message, {
        place: finding.position,
        ruleId: finding.ruleId,
        source: 'kvs',
      });
      // vfile: fatal true is an error, false a warning, undefined an info.
      message.fatal = finding.severity === 'error' ? true : finding.severity === 'warning' ? false : undefined;
      if (finding.url) message.url = finding.url;
      if (finding.hint) message.note = finding.hint;
    }
  };
}
