/**
 * What is wrong with a phone number, e-mail address or web address as written.
 */
import type { ContactFault } from '../../types.js';

/** Why a phone number is not a Danish phone number (8 digits, +45 optional), or undefined. */
export function phoneFault(written: string): ContactFault | undefined {
  const text = written.trim();
  if (!/^[+0-9][0-9 \u00a0-]*$/u.test(text)) return 'digits';
  let digits = text.replace(/[^0-9]/gu, '');
  if (text.startsWith('+45')) digits = digits.slice(2);
  else if (text.startsWith('+')) return 'digits';
  else if (digits.length === 12 && digits.startsWith('0045')) digits = digits.slice(4);
  if (digits.length !== 8) return 'digits';
  if (digits.startsWith('0')) return 'leading-zero';
  return undefined;
}

const HOST_LABEL = /^[a-z0-9æøåäöü](?:[a-z0-9æøåäöü-]{0,62})$/u;

export function hostFault(host: string): ContactFault | undefined {
  const lower = host.toLowerCase();
  if (lower === '') return 'host';
  const labels = lower.split('.');
  if (labels.some((label) => label === '' || !HOST_LABEL.test(label) || label.endsWith('-'))) return 'host';
  const tld = labels[labels.length - 1]!;
  if (labels.length < 2 || (labels[0] === 'www' && labels.length < 3)) return 'tld';
  if (!/^(?:[a-z]{2,24}|xn--[a-z0-9-]{1,59})$/u.test(tld)) return 'tld';
  return undefined;
}

/** Why an e-mail address is malformed, or undefined. */
export function emailFault(written: string): ContactFault | undefined {
  const text = written.trim();
  const at = text.indexOf('@');
  if (at < 0 || text.indexOf('@', at + 1) >= 0) return 'local';
  const local = text.slice(0, at);
  if (local === '' || local.startsWith('.') || local.endsWith('.') || local.includes('..') || !/^[\p{L}0-9._%+-]+$/u.test(local)) {
    return 'local';
  }
  return hostFault(text.slice(at + 1));
}

/** Why a web address is malformed, or undefined. Accepts "https://…", "http://…" and "www.…". */
export function urlFault(written: string): ContactFault | undefined {
  const text = written.trim();
  const lower = text.toLowerCase();
  if (lower.startsWith('mailto:')) return emailFault(text.slice(7));
  let rest = text;
  if (lower.startsWith('http') || lower.startsWith('htp') || /^[a-z]{2,6}:\/?\/?/u.test(lower) && !lower.startsWith('www.')) {
    const scheme = /^https?:\/\//u.exec(lower);
    if (!scheme) return 'scheme';
    rest = text.slice(scheme[0].length);
  }
  const cut = rest.search(/[/?#]/u);
  let host = cut < 0 ? rest : rest.slice(0, cut);
  host = host.replace(/:[0-9]{1,5}$/u, '');
  return hostFault(host);
}
