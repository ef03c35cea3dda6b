import { messages } from '../index.js';
import { shared } from '../shared.js';

type Months = { stated: number[]; missing: number[] };

export const followUpScheduleMessages = messages({
  missingMonths: {
    da: ({ stated, missing }: Months) =>
      `Opfølgningen efter endt behandling skal ske senest 1 måned og igen 6 måneder efter, at behandlingen er slut. Standarden nævner kun opfølgning efter ${shared.da.months(stated)}; opfølgningen efter ${shared.da.months(missing)} mangler.`,
    en: ({ stated, missing }) =>
      `Follow-up after treatment must happen at the latest 1 month and again 6 months after treatment ends. The standard only mentions follow-up after ${shared.en.months(stated)}; the follow-up after ${shared.en.months(missing)} is missing.`,
  },
  notSaid: {
    da: ({ heading }: { heading: string }) =>
      `Afsnittet "${heading}" siger ikke, hvordan kommunen følger op, når behandlingen er slut. Loven kræver opfølgning senest 1 måned og igen 6 måneder efter endt behandling.`,
    en: ({ heading }) =>
      `The section "${heading}" does not say how the kommune follows up when treatment has ended. The law requires follow-up at the latest 1 month and again 6 months after treatment ends.`,
  },
  writeFollowUp: {
    da: 'Skriv fx: "Når din behandling er slut, kontakter vi dig senest efter 1 måned og igen efter 6 måneder."',
    en: 'Write e.g. "Når din behandling er slut, kontakter vi dig senest efter 1 måned og igen efter 6 måneder." (we contact you at the latest after 1 month and again after 6 months).',
  },
});
