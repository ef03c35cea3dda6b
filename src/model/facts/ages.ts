import { data, genitiveUnits, notTargetGroup } from './data.js';
import { fact, type Context, type Sentence } from './context.js';
import { wordBefore, type Quantity } from './tokens.js';

export /** Age limits: "fra 13 år", "over 18 år", "under 25 år", "mellem 13 og 25 år", "18 år og derover". */
function ages(context: Context, sentence: Sentence, amounts: Quantity[]): void {
  const { tokens, lower } = sentence;
  const { lowest, highest } = data.age;
  const plausible = (value: number) => value >= lowest && value <= highest;
  for (const amount of amounts) {
    if (amount.unit !== 'year' || genitiveUnits.has(tokens[amount.unitIndex]!.lower)) continue;
    const unitToken = tokens[amount.unitIndex]!;
    const keyword = wordBefore(tokens, amount.first);
    const word = keyword?.token.lower;
    const previous = keyword ? [0, 1].map((skip) => wordBefore(tokens, keyword.index, skip)?.token.lower ?? '') : ['', ''];
    const twoWords = `${previous[0]} ${word ?? ''}`;
    const threeWords = `${previous[1]} ${twoWords}`;
    // Whose age? Not children living at home ("børn under 18 år").
    const owner = keyword ? [0, 1, 2].map((skip) => wordBefore(tokens, keyword.index, skip)?.token.lower) : [];
    if (owner.some((w) => w !== undefined && notTargetGroup.has(w))) continue;
    if (owner[0] === 'i' && word !== 'alderen') continue;
    const start = keyword && keyword.index >= amount.first - 3 ? keyword.token.start : tokens[amount.first]!.start;
    let value: { min?: number; max?: number } | undefined;
    if (amount.nums.length === 2) {
      const [low, high] = amount.nums as [number, number];
      const joined = amount.range || (word !== undefined && data.age.range.includes(word));
      if (joined && plausible(low) && plausible(high) && low < high && !data.age.notRangeBefore.includes(word ?? '')) {
        value = { min: low, max: high };
      }
    } else if (amount.nums.length === 1 && !amount.range) {
      const count = amount.nums[0]!;
      if (!plausible(count)) continue;
      const rest = lower.slice(unitToken.end, unitToken.end + 20).trimStart();
      if (data.age.maxInclusive.includes(twoWords) || data.age.maxInclusive.includes(threeWords) || word === 'højst') value = { max: count };
      else if (word !== undefined && data.age.min.includes(word)) value = { min: count };
      else if (word !== undefined && data.age.max.includes(word)) value = { max: count - 1 };
      else if (data.age.minAfter.some((phrase) => rest.startsWith(phrase))) value = { min: count };
      else if (data.age.maxAfter.some((phrase) => rest.startsWith(phrase))) value = { max: count };
    }
    if (value) context.facts.ageLimits.push(fact(context, sentence, value, start, unitToken.end));
  }
}
