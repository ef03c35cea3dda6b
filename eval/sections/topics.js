/**
 * Section "topics": precision and recall of the errors that say a required
 * topic is missing (required-section) or empty (empty-section), per topic and
 * in total, on the labelled corpus test/corpus/check/. A topic labelled
 * absent or empty should get an error; a covered one none (a "probably
 * covered" warning is not an error). Only the topics that are errors in the
 * rule set in force on the evaluation date are counted; the guidance topics
 * (børn, døgn, fremtid) are warnings either way.
 *
 * Targets (issue 18): no false error on a covered topic; recall of absent topics ≥ 0.95.
 */
export const title = 'Emner: mangler/tom (required-section, empty-section)';

export const targets = { falseErrors: 0, absentRecall: 0.95 };

/**
 * @param {{ cases: Array<{ name: string, text: string, labels: any }>, kvs: any, asOf: string }} input
 */
export function evaluate({ cases, kvs, asOf }) {
  const ruleSet = kvs.ruleSetFor(asOf);
  const errorKeys = ruleSet.requirements.filter((r) => r.severity === 'error').map((r) => r.key);
  const per = new Map(errorKeys.map((key) => [key, { tp: 0, fp: 0, fn: 0, absent: 0, absentFound: 0 }]));
  const mistakes = [];
  for (const c of cases) {
    const result = kvs.check(c.text, `${c.name}.md`, { asOf });
    const errors = new Set(
      result.findings
        .filter((f) => (f.ruleId === 'required-section' || f.ruleId === 'empty-section') && f.severity === 'error' && f.requirement)
        .map((f) => f.requirement),
    );
    for (const key of errorKeys) {
      const truth = c.labels.topics[key];
      if (truth === undefined) continue;
      const row = per.get(key);
      const expected = truth === 'absent' || truth === 'empty';
      const found = errors.has(key);
      if (expected && found) row.tp++;
      if (!expected && found) {
        row.fp++;
        mistakes.push(`${c.name}: ${key} (${c.labels.forms?.[key] ?? truth}) har en fejl, men er dækket`);
      }
      if (expected && !found) {
        row.fn++;
        mistakes.push(`${c.name}: ${key} er ${truth}${c.labels.traps?.[key] ? ` (${c.labels.traps[key]})` : ''}, men har ingen fejl`);
      }
      if (truth === 'absent') {
        row.absent++;
        if (found) row.absentFound++;
      }
    }
  }
  const rows = [...per].map(([key, r]) => ({ topic: key, ...r, precision: ratio(r.tp, r.tp + r.fp), recall: ratio(r.tp, r.tp + r.fn) }));
  const sum = (field) => rows.reduce((n, r) => n + r[field], 0);
  const total = { topic: 'i alt', tp: sum('tp'), fp: sum('fp'), fn: sum('fn'), absent: sum('absent'), absentFound: sum('absentFound') };
  total.precision = ratio(total.tp, total.tp + total.fp);
  total.recall = ratio(total.tp, total.tp + total.fn);
  const absentRecall = ratio(total.absentFound, total.absent);
  const pass = total.fp <= targets.falseErrors && absentRecall >= targets.absentRecall;
  return {
    title,
    columns: ['topic', 'tp', 'fp', 'fn', 'precision', 'recall'],
    rows: [...rows, total],
    summary: { cases: cases.length, falseErrors: total.fp, absentRecall, targets },
    mistakes,
    pass,
  };
}

function ratio(a, b) {
  return b === 0 ? 1 : Math.round((a / b) * 1000) / 1000;
}
