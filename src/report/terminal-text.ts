/**
 * User text (file names, headings, front-matter values, document text) on its
 * way into a human-readable output: a terminal, a CI log, a Markdown or CSV
 * table. Such text must neither steer the terminal nor start a line of its own:
 *
 * - ESC, CSI (U+009B), BEL and the other C0/C1 controls can rewrite the screen,
 *   hide text, or make an OSC 8 link point somewhere else than it reads.
 * - Bidi overrides and isolates (U+202A–U+202E, U+2066–U+2069, "trojan
 *   source") make text read differently from what it is.
 * - A line break followed by `::error …::` is a forged GitHub workflow command:
 *   CI runners parse their logs line by line (after trimming leading spaces),
 *   and CR counts as a line end there too. The legacy form `##[error]…` (and
 *   Azure's `##vso[…]`, TeamCity's `##teamcity[…]`) is obeyed anywhere in a
 *   line, so its bracket is escaped wherever it appears.
 *
 * The controls are made visible as `\u{1b}`-style escapes instead of being
 * dropped: a reader then sees that the file holds such a byte and can find and
 * fix it, and two names that differ only in a control do not look identical.
 * Tabs stay (they do no harm). The reporters' own colour codes are added after
 * this, so they are kept.
 */

// C0 except tab, LF and CR (those are handled by the callers' line rules), DEL, C1,
// the bidi embeddings/overrides and isolates.
// eslint-disable-next-line no-control-regex -- control characters are exactly what is escaped
const controls = /[\u0000-\u0008\u000B-\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/gu;
// Everything that some reader (terminal, CI runner, editor) takes as the end of a line.
// eslint-disable-next-line no-control-regex -- VT and FF end a line in some terminals
const lineBreakRuns = /[ \t]*[\r\n\u000B\u000C\u0085\u2028\u2029]+[ \t]*/gu;

const visible = (char: string): string => `\\u{${char.codePointAt(0)!.toString(16)}}`;

/** Controls and bidi characters made visible; line breaks (LF, CR) left as they are. */
export function showControls(text: string): string {
  return text.replace(controls, visible);
}

// A line that, after leading blanks, starts a GitHub workflow command (`::name …::`). The runner
// trims all Unicode white space (.NET TrimStart), so \s, not just space and tab.
const commandStart = /^(\s*):(?=:)/u;

// The legacy and other CI systems' commands, found by the runners anywhere in a line.
const legacyCommand = /##(vso|teamcity)?\[/giu;

/** The first colon of a leading `::` and the bracket of any `##[` escaped, so the line is no CI command. */
const noCommand = (line: string): string => line.replace(commandStart, '$1\\u{3a}').replace(legacyCommand, '##$1\\u{5b}');

// Whether plainLine could change the text: a control, a bidi character or a line break (all of
// `controls` and `lineBreakRuns`), a `::` after leading white space, or `##`. Nearly no message
// holds one, and the three replacements cost a third of printing a report of 15,000 findings.
// eslint-disable-next-line no-control-regex -- the same characters as controls and lineBreakRuns
const needsWork = /[\u0000-\u0008\u000A-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]|^\s*::|##/u;

/**
 * For single-line places (a file name, a message, a table cell): every run of
 * line breaks becomes one space, so the text cannot start a line, and controls
 * are made visible. Such text often starts a line itself (a file name heading
 * a report, a message naming its file first, a CSV row), so a leading `::`
 * is escaped too.
 */
export function plainLine(text: string): string {
  if (!needsWork.test(text)) return text;
  return noCommand(showControls(text.replace(lineBreakRuns, ' ')));
}

/**
 * For multi-line places (a hint, a stack trace): lines split on any line break
 * and joined with LF, controls made visible, and a line that would start with
 * `::` gets its first colon escaped, so no line of it is a workflow command.
 */
export function plainLines(text: string): string {
  return text
    // eslint-disable-next-line no-control-regex -- VT and FF end a line in some terminals
    .split(/\r\n|[\r\n\u000B\u000C\u0085\u2028\u2029]/u)
    .map((line) => noCommand(showControls(line)))
    .join('\n');
}

/** An error for the terminal: its message on one line (it may quote a file name), then the stack frames. */
export function plainError(error: unknown): string {
  if (!(error instanceof Error)) return plainLines(String(error));
  const header = `${error.name}: ${error.message}`;
  const stack = error.stack ?? header;
  const frames = stack.startsWith(header) ? stack.slice(header.length) : `\n${stack}`;
  return `${plainLine(header)}${plainLines(frames)}`;
}

// JSON.stringify leaves C1 controls, bidi characters and U+2028/U+2029 raw; JSON printed to a terminal
// should carry none of them. They can only stand inside strings there, so a \u escape keeps the data exact.
const rawInJson = /[\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]/gu;

/**
 * JSON text with the characters JSON.stringify leaves raw but a terminal would obey, and the
 * bracket of a `##[` CI command (JSON is often printed to a CI log), written as \u escapes.
 */
export function asciiSafeJson(json: string): string {
  return json
    .replace(rawInJson, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`)
    .replace(legacyCommand, '##$1\\u005b');
}
