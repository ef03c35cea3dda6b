import { data, genitiveUnits, periodWords, pointWords } from './data.js';
import { fact, type Context, type Sentence } from './context.js';
import { wordAfter, wordBefore, type Quantity } from './tokens.js';

/** True when a sentence is about following up after treatment ends. */
export function isFollowUpAfterEnd(text: string, inPlanSection = false): boolean {
  const lower = text.toLowerCase();
  const cue = inPlanSection || data.followUp.cues.some((phrase) => lower.includes(phrase));
  return cue && data.followUp.endCues.some((phrase) => lower.includes(phrase));
}


export /** Follow-up points after treatment ends: "efter hhv. 1, 3, 6 og 12 måneder", "én og seks mdr. efter udskrivelsen". */
function followUp(context: Context, sentence: Sentence, amounts: Quantity[]): void {
  if (amounts.length === 0) return;
  const inPlan = sentence.block.section !== undefined && context.planSections.has(sentence.block.section);
  if (!isFollowUpAfterEnd(sentence.lower, inPlan)) return;
  const { tokens } = sentence;
  const months: number[] = [];
  let from = -1;
  let to = -1;
  for (const amount of amounts) {
    if (amount.range || (amount.unit !== 'month' && amount.unit !== 'year')) continue;
    if (genitiveUnits.has(tokens[amount.unitIndex]!.lower)) continue;
    const before = wordBefore(tokens, amount.first)?.token.lower;
    const after = wordAfter(tokens, amount.unitIndex)?.lower;
    if (before !== undefined && periodWords.has(before)) continue;
    if (!((before !== undefined && pointWords.has(before)) || after === 'efter' || after === 'fra')) continue;
    for (const value of amount.nums) months.push(amount.unit === 'year' ? value * 12 : value);
    if (from < 0) from = tokens[amount.first]!.start;
    to = tokens[amount.unitIndex]!.end;
  }
  if (months.length === 0) return;
  const schedule = [...new Set(months)].sort((a, b) => a - b);
  context.facts.followUpMonths.push(fact(context, sentence, schedule, from, to));
}
