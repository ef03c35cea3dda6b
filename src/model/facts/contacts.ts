/**
 * Contacts: phones, e-mail addresses and URLs in the text and in link targets,
 * and the malformed ones among them (the contact problems).
 */
import type { ContactProblem } from '../../types.js';
import { data, notPhoneWords, phoneCueWords, tlds } from './data.js';
import { characterTest, isDigit, isLetter, isSpace } from '../text/chars.js';
import type { Block } from '../text/blocks.js';
import { fact, type Context, type Sentence } from './context.js';

/** Where malformed contact details start in a block's text. */
function problemStartsOf(context: Context, block: Block): number[] {
  let starts = context.problemStarts.get(block);
  if (!starts) context.problemStarts.set(block, (starts = []));
  return starts;
}
import { emailFault, hostFault, phoneFault, urlFault } from './contact-faults.js';

const URL_CHAR_STOP = new Set(['<', '>', '"', "'", '(', ')', '[', ']', '{', '}', '«', '»', '“', '”', '|']);
const TRAILING = /[.,;:!?'"»”)\]]+$/u;
const isHostChar = characterTest(/[\p{L}0-9.-]/u);
const isLocalChar = characterTest(/[\p{L}0-9._%+-]/u);

/** Phones, e-mail addresses and URLs in one sentence; reports whether any phone or web address was found. */
export function contacts(context: Context, sentence: Sentence): { phone: boolean; web: boolean } {
  const { raw, lower } = sentence;
  // Characters inside an address found already; made only when one is (most sentences have none).
  let taken: Uint8Array | undefined;
  const mark = (from: number, to: number) => (taken ??= new Uint8Array(raw.length)).fill(1, from, to);
  let phone = false;
  let web = false;
  const problem = (value: ContactProblem, from: number, to: number) => {
    context.problems.push(fact(context, sentence, value, from, to));
    problemStartsOf(context, sentence.block).push(sentence.start + from);
  };

  // E-mail addresses, around each "@".
  for (let at = raw.indexOf('@'); at >= 0; at = raw.indexOf('@', at + 1)) {
    let from = at;
    while (from > 0 && isLocalChar(raw[from - 1])) from--;
    let to = at + 1;
    while (to < raw.length && isHostChar(raw[to])) to++;
    while (to > at + 1 && (raw[to - 1] === '.' || raw[to - 1] === '-')) to--;
    const written = raw.slice(from, to);
    const cued = data.email.cues.some((cue) => lower.slice(Math.max(0, from - 20), from).includes(cue));
    if (from === at && !cued) continue;
    mark(from, to);
    const fault = emailFault(written);
    if (fault) problem({ kind: 'email', fault, written, where: 'text' }, from, Math.max(to, at + 1));
    else context.facts.emails.push(fact(context, sentence, written, from, to));
  }

  // Each scan below is skipped when a cheap test of the whole sentence shows
  // it cannot find anything: most sentences hold no address and no number.

  // URLs that start with a scheme or "www.".
  const urlEnd = lower.includes('ht') || lower.includes('www.') ? raw.length : 0;
  for (let index = 0; index < urlEnd; index++) {
    // Every start below begins with "h" or "w".
    if (taken?.[index] || (lower[index] !== 'h' && lower[index] !== 'w')) continue;
    const startsUrl =
      (lower.startsWith('http', index) || lower.startsWith('htp', index) || lower.startsWith('www.', index)) &&
      !isLetter(raw[index - 1]) &&
      !isDigit(raw[index - 1]) &&
      raw[index - 1] !== '.' &&
      raw[index - 1] !== '/';
    if (!startsUrl) continue;
    let end = index;
    while (end < raw.length && !isSpace(raw[end]) && !URL_CHAR_STOP.has(raw[end]!)) end++;
    const trimmed = raw.slice(index, end).replace(TRAILING, '');
    const to = index + trimmed.length;
    const isScheme = lower.startsWith('www.', index) || /^(?:https?|htps?|htp):?\/?\/?/u.test(trimmed.toLowerCase());
    if (!isScheme || !/[./]/u.test(trimmed.slice(3))) {
      index = end;
      continue;
    }
    mark(index, to);
    const fault = urlFault(trimmed);
    if (fault) problem({ kind: 'url', fault, written: trimmed, where: 'text' }, index, to);
    else {
      web = true;
      context.facts.urls.push(fact(context, sentence, trimmed, index, to));
    }
    index = end;
  }

  // Bare domains such as "borger.dk".
  const domainEnd = hasDotBeforeHostChar(raw) ? raw.length : 0;
  for (let index = 0; index < domainEnd; index++) {
    if (taken?.[index] || !isHostChar(raw[index]) || (index > 0 && (isHostChar(raw[index - 1]) || '@/:'.includes(raw[index - 1]!)))) {
      continue;
    }
    let end = index;
    let dotted = false;
    while (end < raw.length && !taken?.[end] && isHostChar(raw[end])) {
      if (raw[end] === '.') dotted = true;
      end++;
    }
    // A domain has a dot: most runs are plain words, not worth cutting into labels.
    if (!dotted) {
      index = end - 1;
      continue;
    }
    let to = end;
    while (to > index && (raw[to - 1] === '.' || raw[to - 1] === '-')) to--;
    const host = raw.slice(index, to);
    const labels = host.toLowerCase().split('.');
    const tld = host.slice(host.lastIndexOf('.') + 1);
    const plausible = labels.length >= 2 && tlds.has(tld) && tld === tld.toLowerCase() && isLetter(host[0]);
    if (plausible && !isLetter(raw[end]) && hostFault(host) === undefined) {
      mark(index, to);
      web = true;
      context.facts.urls.push(fact(context, sentence, host, index, to));
    }
    index = end - 1;
  }

  // Phone numbers: groups of digits separated by single spaces, "+45" optional.
  const phoneEnd = DIGIT_OR_PLUS.test(raw) ? raw.length : 0;
  for (let index = 0; index < phoneEnd; index++) {
    const char = raw[index]!;
    const plus = char === '+' && raw.startsWith('45', index + 1);
    if (taken?.[index] || (!isDigit(char) && !plus)) continue;
    const before = raw[index - 1];
    const glued =
      isDigit(before) ||
      isLetter(before) ||
      ((before === '.' || before === ',' || before === '/' || before === '-') && !isLetter(raw[index - 2]));
    let cursor = plus ? index + 3 : index;
    if (plus && (raw[cursor] === ' ' || raw[cursor] === '\u00a0')) cursor++;
    let digits = 0;
    let groups = 0;
    const groupLengths: number[] = [];
    while (cursor < raw.length) {
      let run = 0;
      while (isDigit(raw[cursor]) && !taken?.[cursor]) {
        cursor++;
        run++;
      }
      if (run === 0) break;
      digits += run;
      groups++;
      if (groupLengths.length < 8) groupLengths.push(run);
      if ((raw[cursor] === ' ' || raw[cursor] === '\u00a0') && isDigit(raw[cursor + 1]) && !taken?.[cursor + 1]) cursor++;
      else break;
    }
    const end = cursor;
    const next = raw[end];
    const continues = isLetter(next) || ((next === '-' || next === '–' || next === ',' || next === '.' || next === '/') && isDigit(raw[end + 1]));
    if (glued || continues || digits === 0) {
      index = Math.max(index, end - 1);
      continue;
    }
    const written = raw.slice(index, end);
    const fault = phoneFault(written);
    if (!fault) {
      const yearPair =
        groups === 2 && groupLengths[0] === 4 && groupLengths[1] === 4 && /^(?:19|20)\d\d[ \u00a0](?:19|20)\d\d$/u.test(written);
      if (!yearPair && !phoneContext(lower, index).excluded) {
        phone = true;
        const plain = written.replace(/[^0-9]/gu, '').slice(-8);
        context.facts.phones.push(fact(context, sentence, plain.replace(/(\d\d)(?=\d)/gu, '$1 '), index, end));
      }
    } else if ((digits >= 5 || plus) && digits <= 12 && (plus || phoneContext(lower, index).cued)) {
      problem({ kind: 'phone', fault, written, where: 'text', digits }, index, end);
    }
    index = end - 1;
  }
  return { phone, web };
}

const DIGIT_OR_PLUS = /[0-9+]/u;

/** A domain's last dot has a letter or digit after it: true when some dot in the text has. */
function hasDotBeforeHostChar(text: string): boolean {
  for (let dot = text.indexOf('.'); dot >= 0; dot = text.indexOf('.', dot + 1)) {
    const next = text[dot + 1];
    if (next !== '.' && isHostChar(next)) return true;
  }
  return false;
}

/**
 * Whether the words just before a number (in `lower`) call it a phone number,
 * or, uncued, say it is some other number ("CVR", "sagsnr."). Asked only when
 * it decides something: most numbers are no phone number by their digits.
 */
function phoneContext(lower: string, index: number): { cued: boolean; excluded: boolean } {
  const words = lower.slice(Math.max(0, index - data.phone.window), index).match(/[\p{L}]+/gu) ?? [];
  const cued = words.some((word) => phoneCueWords.has(word));
  return { cued, excluded: !cued && words.slice(-2).some((word) => notPhoneWords.has(word)) };
}

/** Link targets that the visible text does not show ("[klagevejledning](https://…)"). */
export function linkContacts(context: Context, block: Block): void {
  if (block.links.length === 0) return;
  const starts = context.problemStarts.get(block);
  starts?.sort((a, b) => a - b);
  for (const link of block.links) {
    const url = link.url.trim();
    const lower = url.toLowerCase();
    const isMail = lower.startsWith('mailto:');
    if (!isMail && !/^(?:https?|htps?|htp):/u.test(lower) && !lower.startsWith('www.')) continue;
    const visible = block.text.slice(link.start, link.end).toLowerCase();
    const target = isMail ? lower.slice(7) : lower.replace(/^[a-z]+:\/*/u, '').replace(/\/$/u, '');
    const shown = target !== '' && visible.includes(target.replace(/^www\./u, ''));
    const sentence: Sentence = {
      block,
      start: link.start,
      end: Math.max(link.start + 1, link.end),
      raw: block.text.slice(link.start, link.end),
      lower: visible,
      tokens: [],
    };
    const fault = isMail ? emailFault(url.slice(7)) : urlFault(url);
    const length = Math.max(1, link.end - link.start);
    if (fault) {
      // The visible text was checked already when it shows the same address.
      if (!shown || !visibleProblem(starts ?? [], link)) {
        context.problems.push(fact(context, sentence, { kind: isMail ? 'email' : 'url', fault, written: url, where: 'link' }, 0, length));
      }
    } else if (!shown) {
      if (isMail) context.facts.emails.push(fact(context, sentence, url.slice(7), 0, length));
      else context.facts.urls.push(fact(context, sentence, url, 0, length));
    }
  }
}

function visibleProblem(starts: number[], link: { start: number; end: number }): boolean {
  // Binary search for the first problem at or after the link's start.
  let low = 0;
  let high = starts.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (starts[middle]! < link.start) low = middle + 1;
    else high = middle;
  }
  return low < starts.length && starts[low]! < Math.max(link.end, link.start + 1);
}
