import type { Lang, RuleMeta } from '../types.js';

/** What every report format is given besides the results. */
export interface ReportOptions {
  lang: Lang;
  /** Paths are shown relative to this directory (except in json). */
  cwd: string;
  /** Metadata of the rules that ran; SARIF describes them. */
  rules: RuleMeta[];
  /** Emit ANSI colour codes (stylish only). */
  color: boolean;
  toolVersion: string;
  /** Stylish: lines wrap at this many columns (the terminal's, 100 in a log); unset, they are never wrapped. */
  width?: number;
  /** Stylish: also the requirement keys, source caveats and per-place details (--verbose). */
  verbose?: boolean;
}
