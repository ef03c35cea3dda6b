import { messages } from '../index.js';

export const adoptedContactMessages = messages({
  missing: {
    da: 'Standarden er vedtaget, men har ingen kontakt i front-matter, så folderen og pjecen får intet kontaktkort: borgeren kan ikke se, hvor man henvender sig.',
    en: 'The standard is adopted but has no kontakt in its front-matter, so the leaflet and the booklet get no contact card: citizens cannot see where to turn.',
  },
  addContact: {
    da: 'Tilføj fx:\nkontakt:\n  - navn: Rusmiddelcenteret\n    telefon: "12 34 56 78"\n    email: rusmiddelcenter@kommune.dk',
    en: 'Add e.g.:\nkontakt:\n  - navn: Rusmiddelcenteret\n    telefon: "12 34 56 78"\n    email: rusmiddelcenter@kommune.dk',
  },
});
