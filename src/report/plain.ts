/**
 * A finding as a writer reads it by default: without the requirement's
 * internal key ("(maalgruppe)") and without the tool's caveats about its own
 * legal sources ("ikke bekræftet"), which belong in `kvs rules`, the docs and
 * --verbose. Only stylish applies it; JSON and SARIF keep every word. A key
 * inside a suggested `<!-- kvs-krav: … -->` mark is part of what to write and
 * stays.
 */
import type { Finding, Lang } from '../types.js';
import { sourceCaveat } from '../i18n/report.js';

export function plainFinding(finding: Finding, lang: Lang): Finding {
  const caveat = sourceCaveat[lang];
  const key = finding.requirement;
  let message = key === undefined ? finding.message : finding.message.replace(` (${key})`, '');
  message = withoutCaveats(message, caveat);
  const hint = finding.hint === undefined ? undefined : withoutCaveats(finding.hint, caveat);
  const related = finding.related?.filter((place) => !place.detail);
  // Left out by destructuring: `delete` would turn the copy into a slow dictionary object.
  const { hint: _hint, related: _related, ...rest } = finding;
  return {
    ...rest,
    message,
    ...(hint ? { hint } : {}),
    ...(related && related.length > 0 ? { related } : {}),
  };
}

/** Drops the caveat parts of parentheses and the sentences that are only a caveat. */
export function withoutCaveats(text: string, caveat: RegExp): string {
  if (!caveat.test(text)) return text;
  const trimmedParens = text.replace(/\s*\(([^()]*)\)/gu, (whole, inner: string) => {
    if (!caveat.test(inner)) return whole;
    const kept = inner.split(/\s*[;,]\s*/u).filter((part) => !caveat.test(part));
    return kept.length === 0 ? '' : ` (${kept.join(', ')})`;
  });
  return trimmedParens
    .split(/(?<=[.!?])\s+/u)
    .filter((sentence) => !caveat.test(sentence))
    .join(' ')
    .trim();
}
