/**
 * Commander writes its own errors ("error: unknown option …", "Did you mean
 * …?") in English and has no way to change their words, so in Danish they
 * are translated here, pattern by pattern, before they are printed. A
 * message no pattern knows is printed as Commander wrote it.
 */
import type { Lang } from '../types.js';

const danish: Array<[RegExp, string]> = [
  [/^error: unknown option '([^']*)'/mu, "fejl: ukendt tilvalg '$1'"],
  [/^error: unknown command '([^']*)'/mu, "fejl: ukendt kommando '$1'"],
  [/\(Did you mean (.+?)\?\)/gu, '(Mente du $1?)'],
  [/^error: missing required argument '([^']*)'/mu, "fejl: argumentet '$1' mangler"],
  [/^error: option '([^']*)' argument missing/mu, "fejl: tilvalget '$1' mangler en værdi"],
  [/^error: option '([^']*)' argument '([^']*)' is invalid\. Allowed choices are (.+)\./mu, "fejl: '$2' er ikke en gyldig værdi for '$1'. Mulige værdier: $3."],
  [/^error: too many arguments for '([^']*)'\. Expected (\d+) arguments? but got (\d+)\./mu, "fejl: for mange argumenter til '$1': $2 forventet, $3 givet."],
  [/^error: too many arguments\. Expected (\d+) arguments? but got (\d+)\./mu, 'fejl: for mange argumenter: $1 forventet, $2 givet.'],
  [/^error: required option '([^']*)' not specified/mu, "fejl: tilvalget '$1' skal angives"],
  [/^error: option '([^']*)' cannot be used with option '([^']*)'/mu, "fejl: '$1' kan ikke bruges sammen med '$2'"],
  [/^error: /mu, 'fejl: '],
];

export function commanderMessage(text: string, lang: Lang): string {
  if (lang !== 'da') return text;
  return danish.reduce((message, [pattern, replacement]) => message.replace(pattern, replacement), text);
}
