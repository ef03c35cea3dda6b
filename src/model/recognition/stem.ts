/**
 * Word matching for the recognition: the cues in schemas/requirements.json are
 * stems ("målgrup", "klage"), and a stem matches a word that starts with it, so
 * "målgruppen", "klagemuligheder" and "klager" all count. This stands in for a
 * Danish stemmer: snowball-stemmers' Danish stemmer gives the same stems, but
 * the package is one 870 kB file for every language that costs ~65 ms to load,
 * more than the 10 % start-up budget of `kvs check one.md` (the text layer may
 * replace this module with its stemmer; the callers only ask "does this stem
 * start a word here").
 */

/** Lower case, NFC, a PDF line break inside a word joined ("behand- ling"), runs of space as one. */
export function foldText(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/(\p{L})- (\p{L})/gu, '$1$2')
    .replace(/\s+/g, ' ');
}

const letterOrDigit = /[\p{L}\p{N}]/u;

/** Whether the stem or phrase `cue` starts a word somewhere in the folded `text`. */
export function hasCue(text: string, cue: string): boolean {
  let from = 0;
  for (;;) {
    const at = text.indexOf(cue, from);
    if (at === -1) return false;
    if (at === 0 || !letterOrDigit.test(text[at - 1]!)) return true;
    from = at + 1;
  }
}

/** The first cue of `cues` that starts a word in `text`. */
export function firstCue(text: string, cues: readonly string[]): string | undefined {
  for (const cue of cues) if (hasCue(text, cue)) return cue;
  return undefined;
}
