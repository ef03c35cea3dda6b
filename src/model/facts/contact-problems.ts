/**
 * The contact problems of a pass as the facts hold them: those of the text and
 * link targets, and those of front-matter `kontakt`, one per address and line.
 */
import type { ContactFault, ContactKind, ContactProblem, Fact, Point, Position } from '../../types.js';
import type { Context } from './context.js';
import { emailFault, phoneFault, urlFault } from './contact-faults.js';

/** Malformed phone numbers, e-mail addresses and URLs, in the text, in link targets and in front-matter `kontakt`. */
export function contactProblemsOf(context: Context): Array<Fact<ContactProblem>> {
  const problems = [...context.problems, ...frontMatterProblems(context)];
  // One finding per address and line: a link whose text and target are both malformed.
  const seen = new Set<string>();
  return problems
    .filter((problem) => {
      const key = `${problem.position.start.line}|${problem.value.kind}|${normaliseAddress(problem.value.written)}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => (a.position.start.offset ?? 0) - (b.position.start.offset ?? 0));
}

function normaliseAddress(written: string): string {
  return written
    .toLowerCase()
    .replace(/^(?:mailto:|[a-z]+:\/*)/u, '')
    .replace(/^www\./u, '')
    .replace(/\/$/u, '');
}

function frontMatterProblems(context: Context): Array<Fact<ContactProblem>> {
  const frontMatter = context.standard.frontMatter;
  const entries = frontMatter?.data?.kontakt;
  if (!frontMatter || !Array.isArray(entries)) return [];
  const source = context.standard.source;
  const from = frontMatter.position.start.offset ?? 0;
  const to = frontMatter.position.end.offset ?? source.length;
  const problems: Array<Fact<ContactProblem>> = [];
  let searchFrom = from;
  const place = (written: string): { position: Position; text: string } => {
    const at = source.indexOf(written, searchFrom);
    if (at >= 0 && at < to) {
      searchFrom = at + written.length;
      const start: Point = context.where.toPoint(at);
      const lineEnd = source.indexOf('\n', at);
      const lineStart = source.lastIndexOf('\n', at) + 1;
      return {
        position: { start, end: context.where.toPoint(at + written.length) },
        text: source.slice(lineStart, lineEnd < 0 ? source.length : lineEnd).trim(),
      };
    }
    return { position: frontMatter.position, text: written };
  };
  for (const entry of entries) {
    if (typeof entry !== 'object' || entry === null) continue;
    const record = entry as Record<string, unknown>;
    const check = (key: string, kind: ContactKind, validate: (text: string) => ContactFault | undefined) => {
      const value = record[key];
      if (typeof value !== 'string' && typeof value !== 'number') return;
      const written = String(value);
      const fault = validate(written);
      if (!fault) return;
      const digits = kind === 'phone' ? written.replace(/[^0-9]/gu, '').length - (written.trim().startsWith('+45') ? 2 : 0) : undefined;
      const { position, text } = place(written);
      problems.push({
        value: { kind, fault, written, where: 'front-matter', ...(digits !== undefined ? { digits } : {}) },
        position,
        text,
      });
    };
    check('telefon', 'phone', phoneFault);
    check('email', 'email', emailFault);
    check('web', 'url', urlFault);
  }
  return problems;
}
