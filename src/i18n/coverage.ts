/** The words of `kvs coverage`: where each topic is covered and why. */
import { words } from './index.js';
import type { CoveragePlace, CoverageStatus } from '../types.js';

const quoted = (list: string[]) => list.map((w) => `"${w}"`).join(', ');

export const coverageWords = words({
  coverage: {
    da: 'Vis for hvert emne, loven kræver, hvor standarden dækker det og hvorfor (overskriftens ord, nøgleord, markeringer), eller hvorfor ikke',
    en: 'Show for each topic the law requires where the standard covers it and why (heading words, key terms, marks), or why not',
  },
  format: { da: 'uddataformat: text eller json', en: 'output format: text or json' },
  badFormat: {
    da: (format: string) => `Ukendt format "${format}" til kvs coverage. Brug text eller json.`,
    en: (format) => `Unknown format "${format}" for kvs coverage. Use text or json.`,
  },
  status: {
    da: (status: CoverageStatus) => ({ covered: 'dækket', probable: 'måske dækket', empty: 'tomt', missing: 'mangler' })[status],
    en: (status) => ({ covered: 'covered', probable: 'probably covered', empty: 'empty', missing: 'missing' })[status],
  },
  place: {
    da: (p: CoveragePlace) =>
      `linje ${p.line} "${p.heading}": ${
        {
          heading: 'kendt overskrift',
          'heading-words': `overskriftens ord ${quoted(p.words)}`,
          misspelt: `overskriften ligner "${p.suggestion ?? ''}"`,
          marker: 'kvs-krav-markering',
          text: `nøgleord i teksten ${quoted(p.words)}`,
        }[p.how]
      }${p.outcome === 'rejected' ? ` — tæller ikke: teksten handler om noget andet (${quoted(p.words)})` : p.outcome === 'probable' ? ' — bekræft med en overskrift eller en markering' : ''}`,
    en: (p) =>
      `line ${p.line} "${p.heading}": ${
        {
          heading: 'known heading',
          'heading-words': `heading words ${quoted(p.words)}`,
          misspelt: `the heading looks like "${p.suggestion ?? ''}"`,
          marker: 'kvs-krav mark',
          text: `key terms in the text ${quoted(p.words)}`,
        }[p.how]
      }${p.outcome === 'rejected' ? ` — does not count: the text is about something else (${quoted(p.words)})` : p.outcome === 'probable' ? ' — confirm with a heading or a mark' : ''}`,
  },
  nowhere: {
    da: 'ingen overskrift, markering eller tekst om emnet',
    en: 'no heading, mark or text about the topic',
  },
  summary: {
    da: (covered: number, all: number) => `${covered} af ${all} emner dækket`,
    en: (covered, all) => `${covered} of ${all} topics covered`,
  },
});
