import { messages } from '../index.js';
import { shared, type DateWords } from '../shared.js';

const { da, en } = shared;

/** "senest den 21. juni 2025", "senest i 2020" (English: "by 21 June 2025", "by 2020"). */
const deadline = { da: (date: DateWords) => `senest ${da.when(date)}`, en: (date: DateWords) => `by ${en.date(date)}` };

/** For a year or month only: the day that is assumed (`assumed`), so the reader can follow the arithmetic. */
const partialNote = {
  da: (date: DateWords, assumed: DateWords | undefined) =>
    assumed ? ` Kun ${date.month === undefined ? 'året' : 'måneden'} er angivet, så der regnes med den ${da.date(assumed)}.` : '',
  en: (date: DateWords, assumed: DateWords | undefined) =>
    assumed ? ` Only ${date.month === undefined ? 'the year' : 'the month'} is given, so ${en.date(assumed)} is assumed.` : '',
};

/** The dates a finding is about; `assumed` is the last day of a date given as a year or month only. */
type Due = { due: DateWords; approved?: DateWords; assumed?: DateWords };
type Approved = { approved: DateWords; latest: DateWords; assumed?: DateWords };
type Planned = { due: DateWords; approved: DateWords; latest: DateWords };

export const revisionOverdueMessages = messages({
  approvalInFuture: {
    da: ({ approved, today }: { approved: DateWords; today: DateWords }) =>
      `Godkendelsesdatoen (godkendt.dato) er ${da.date(approved)}, efter dags dato (${da.date(today)}). En standard kan ikke være godkendt i fremtiden, og datoen ville skjule, at den skal revideres. Skriv den dato, standarden blev godkendt, eller sæt \`status: udkast\`, indtil den er godkendt.`,
    en: ({ approved, today }) =>
      `The date of approval (godkendt.dato) is ${en.date(approved)}, after today (${en.date(today)}). A standard cannot be approved in the future, and the date would hide that it must be revised. Write the date it was approved, or set \`status: udkast\` until it is.`,
  },
  noApprovalDate: {
    da: 'Standarden har ingen godkendelsesdato, så ingen kan se, hvornår den senest skal revideres. Skriv datoen under godkendt, fx `dato: 2025-03-18` (eller `2025-03` eller `2025`, hvis kun måned eller år kendes).',
    en: 'The standard has no date of approval, so nobody can tell when it must be revised. Add the date under godkendt, e.g. `dato: 2025-03-18` (or `2025-03` or `2025` if only the month or year is known).',
  },
  revisionDue: {
    da: ({ due, approved, assumed }: Due) =>
      `Standarden skulle være revideret ${deadline.da(due)} (revision.dato), og den dato er overskredet.${approved ? ` Den blev godkendt ${da.when(approved)}.` : ''}${partialNote.da(due, assumed)} Revidér standarden, få den godkendt igen, og skriv den nye godkendelsesdato i godkendt.dato og næste revisionsdato (højst to år senere) i revision.dato.`,
    en: ({ due, approved, assumed }) =>
      `The standard should have been revised ${deadline.en(due)} (revision.dato), and that date has passed.${approved ? ` It was approved ${en.when(approved)}.` : ''}${partialNote.en(due, assumed)} Revise the standard, have it approved again, and put the new approval date in godkendt.dato and the next revision date (at most two years later) in revision.dato.`,
  },
  approvalTooOld: {
    da: ({ approved, latest, assumed }: Approved) =>
      `Standarden blev godkendt ${da.when(approved)} og skulle være revideret ${deadline.da(latest)}. Den skal revideres mindst hvert andet år.${partialNote.da(approved, assumed)} Revidér standarden, få den godkendt igen, og skriv den nye dato i godkendt.dato.`,
    en: ({ approved, latest, assumed }) =>
      `The standard was approved ${en.when(approved)} and should have been revised ${deadline.en(latest)}. It must be revised at least every second year.${partialNote.en(approved, assumed)} Revise it, have it approved again, and put the new date in godkendt.dato.`,
  },
  revisionLeftOver: {
    da: ({ due, approved, latest }: Planned) =>
      `Næste revision (revision.dato) står til ${da.when(due)}, men standarden er godkendt igen ${da.when(approved)}. Skriv den nye revisionsdato, ${deadline.da(latest)}.`,
    en: ({ due, approved, latest }) =>
      `The next revision (revision.dato) says ${en.date(due)}, but the standard was approved again ${en.when(approved)}. Write the new revision date, no later than ${en.date(latest)}.`,
  },
  revisionTooLate: {
    da: ({ due, approved, latest }: Planned) =>
      `Næste revision (revision.dato) er sat til ${da.when(due)}, mere end to år efter godkendelsen ${da.when(approved)}. Standarden skal revideres mindst hvert andet år: skriv en dato ${deadline.da(latest)}.`,
    en: ({ due, approved, latest }) =>
      `The next revision (revision.dato) is set ${en.when(due)}, more than two years after the approval ${en.when(approved)}. The standard must be revised at least every second year: write a date no later than ${en.date(latest)}.`,
  },
  intervalTooLong: {
    da: ({ interval }: { interval: number }) =>
      `Standarden revideres ifølge front-matter hvert ${interval}. år (interval_aar: ${interval}). Loven kræver revision mindst hvert andet år: skriv \`interval_aar: 2\` (eller 1).`,
    en: ({ interval }) =>
      `According to the front-matter the standard is revised every ${interval} years (interval_aar: ${interval}). The law requires a revision at least every second year: write \`interval_aar: 2\` (or 1).`,
  },
});
