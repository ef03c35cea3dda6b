import type { Localized } from '../../types.js';
import { fill, messages } from '../index.js';
import { shared, type DateWords } from '../shared.js';

/** A stale reference as found: the data's words for it (schemas/stale-references.json) and the date from which it is wrong. */
type Found = { found: string; message: Localized; instead: Localized; validUntil: string; date: DateWords | undefined };

const values = ({ found, date, validUntil }: Found, format: (date: DateWords) => string) => ({
  found,
  date: date ? format(date) : validUntil,
});

export const staleReferenceMessages = messages({
  stale: {
    da: (d: Found) => `${fill(d.message.da, values(d, shared.da.date))} ${fill(d.instead.da, values(d, shared.da.date))}`,
    en: (d) => `${fill(d.message.en, values(d, shared.en.date))} ${fill(d.instead.en, values(d, shared.en.date))}`,
  },
  unverified: {
    da: (d: Found) => `Datoen ${values(d, shared.da.date).date} er ikke efterprøvet i en officiel kilde.`,
    en: (d) => `The date ${values(d, shared.en.date).date} has not been verified in an official source.`,
  },
});
