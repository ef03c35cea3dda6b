import { data, firstIndexOfAny, genitiveUnits, limitWords } from './data.js';
import { fact, type Context, type Sentence } from './context.js';
import { wordAfter, wordBefore, type Quantity } from './tokens.js';

export /** Treatment guarantee and complaint deadline: "senest 14 dage efter … henvendt", "inden 4 uger" after a decision. */
function deadlines(context: Context, sentence: Sentence, amounts: Quantity[]): void {
  // Most sentences state no quantity: then the cue phrases need not be looked for.
  if (amounts.length === 0) return;
  const { tokens, lower } = sentence;
  const complaintSentence = data.complaint.sentenceCues.some((cue) => lower.includes(cue));
  const complaintNamed = complaintSentence && data.complaint.deadlineCues.some((cue) => lower.includes(cue));
  const decision = complaintSentence && data.complaint.afterCues.some((cue) => cue !== 'klage' && lower.includes(cue));
  const guaranteeNamed = data.guarantee.sentenceCues.some((cue) => lower.includes(cue));
  for (const amount of amounts) {
    if (amount.range || amount.nums.length !== 1 || amount.unit === 'year') continue;
    const count = amount.nums[0]!;
    if (!(count > 0)) continue;
    const unitToken = tokens[amount.unitIndex]!;
    const genitive = genitiveUnits.has(unitToken.lower);
    if (genitive) {
      const next = wordAfter(tokens, amount.unitIndex);
      if (!next || !data.guarantee.genitiveNext.some((word) => next.lower.startsWith(word))) continue;
    }
    const before = [0, 1, 2].map((skip) => wordBefore(tokens, amount.first, skip)?.token.lower);
    const limited = genitive || before.some((word) => word !== undefined && limitWords.has(word));
    const after = lower.slice(unitToken.end, unitToken.end + 80);
    const contactAt = firstIndexOfAny(after, data.guarantee.contactCues);
    const complaintAt = firstIndexOfAny(after, data.complaint.afterCues);
    const reconsidering = data.complaint.reconsiderationCues.some((cue) => after.includes(cue));
    const days = amount.unit === 'week' ? count * 7 : amount.unit === 'month' ? count * 30 : count;
    const from = tokens[amount.first]!.start;
    const to = unitToken.end;
    // "… efter, at du har henvendt dig": the guarantee, even in a sentence about complaints.
    const fromContact = limited && contactAt >= 0 && (!complaintSentence || complaintAt < 0 || contactAt < complaintAt);
    if (fromContact) {
      context.facts.guaranteeDays.push(fact(context, sentence, days, from, to));
    } else if (amount.unit === 'month') {
      // Months are a guarantee only when tied to the contact ("inden for 1 måned efter din henvendelse").
      continue;
    } else if (complaintSentence && (decision || complaintNamed) && (limited || complaintNamed) && !reconsidering) {
      context.facts.complaintDays.push(fact(context, sentence, days, from, to));
    } else if (limited && guaranteeNamed && !complaintSentence) {
      context.facts.guaranteeDays.push(fact(context, sentence, days, from, to));
    }
  }
}
