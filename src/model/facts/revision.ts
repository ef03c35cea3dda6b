import { data, everyWords } from './data.js';
import { fact, type Context, type Sentence } from './context.js';
import { numberValue } from './tokens.js';

export /** Revision interval: "revideres hvert andet år", "hvert 2. år", "revideres årligt". */
function revision(context: Context, sentence: Sentence): void {
  const { tokens, lower } = sentence;
  const strong = data.revision.cues.some((cue) => lower.includes(cue));
  const weak =
    data.revision.weakCues.some((cue) => lower.includes(cue)) && data.revision.weakNeeds.some((cue) => lower.includes(cue));
  if (!strong && !weak) return;
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!;
    if (data.revision.yearly.includes(token.lower)) {
      context.facts.revisionYears.push(fact(context, sentence, 1, token.start, token.end));
      continue;
    }
    if (!everyWords.has(token.lower)) continue;
    let cursor = index + 1;
    let years: number | undefined;
    const next = tokens[cursor];
    if (next?.lower === 'år') years = 1;
    else if (next && data.ordinalWords[next.lower] !== undefined) {
      years = data.ordinalWords[next.lower];
      cursor++;
    } else if (next?.kind === 'num') {
      years = numberValue(next.text);
      cursor++;
      if (tokens[cursor]?.text === '.') cursor++;
    } else continue;
    if (tokens[cursor]?.lower !== 'år' || years === undefined) continue;
    context.facts.revisionYears.push(fact(context, sentence, years, token.start, tokens[cursor]!.end));
  }
}
