import { messages } from '../index.js';
import { shared } from '../shared.js';
import { quoteWithValue } from './shared.js';

type Said = { heading: string; reconsiders: boolean; appeals: boolean };

export const complaintDeadlineMessages = messages({
  notFourWeeks: {
    da: ({ phrase, days }: { phrase: string; days: number }) =>
      `Klagefristen er angivet som ${quoteWithValue(phrase, shared.da.days(days))}. Borgeren har 4 uger til at klage, regnet fra den dag, afgørelsen er modtaget.`,
    en: ({ phrase, days }) =>
      `The complaint deadline is given as ${quoteWithValue(phrase, shared.en.days(days))}. The person has 4 weeks to complain, counted from the day the decision was received.`,
  },
  writeFourWeeks: {
    da: 'Skriv fx: "Du kan klage inden 4 uger efter, at du har modtaget afgørelsen."',
    en: 'Write e.g. "Du kan klage inden 4 uger efter, at du har modtaget afgørelsen." (you can complain within 4 weeks of receiving the decision).',
  },
  noReconsideration: {
    da: ({ heading, reconsiders, appeals }: Said) =>
      `Afsnittet "${heading}" fortæller ikke, ${
        !reconsiders && !appeals
          ? 'at kommunen først genvurderer afgørelsen og derefter sender klagen videre til Ankestyrelsen, hvis den fastholder afgørelsen'
          : !reconsiders
            ? 'at kommunen genvurderer afgørelsen, før klagen sendes videre til Ankestyrelsen'
            : 'at kommunen sender klagen videre til Ankestyrelsen, hvis den fastholder afgørelsen'
      }.`,
    en: ({ heading, reconsiders, appeals }) =>
      `The section "${heading}" does not say ${
        !reconsiders && !appeals
          ? 'that the kommune first reconsiders the decision and then, if it upholds it, sends the complaint to Ankestyrelsen'
          : !reconsiders
            ? 'that the kommune reconsiders the decision before the complaint goes to Ankestyrelsen'
            : 'that the kommune sends the complaint to Ankestyrelsen if it upholds the decision'
      }.`,
  },
  writeReconsideration: {
    da: 'Skriv fx: "Du sender klagen til kommunen. Kommunen genvurderer afgørelsen. Får du ikke medhold, sender kommunen klagen videre til Ankestyrelsen."',
    en: 'Write e.g. "Du sender klagen til kommunen. Kommunen genvurderer afgørelsen. Får du ikke medhold, sender kommunen klagen videre til Ankestyrelsen." (the kommune reconsiders, then forwards the complaint to Ankestyrelsen).',
  },
});
