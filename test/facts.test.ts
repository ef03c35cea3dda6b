import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import { buildStandard } from '../src/model/standard.js';
import {
  contactProblems,
  emailFault,
  extractFacts,
  numberValue,
  phoneFault,
  splitSentences,
  urlFault,
} from '../src/model/facts/index.js';
import type { Facts, Standard } from '../src/types.js';
import { seeds } from './helpers/fixtures.js';

const standardsDir = new URL('../standards/', import.meta.url);
const standardText = (name: string) => readFileSync(new URL(name, standardsDir), 'utf8');
const bundled = readdirSync(standardsDir).filter((name) => name.endsWith('.md'));

/** Every seed and bundled standard, white space collapsed, to prove that quoted sentences are real. */
const corpus = [...seeds().map((seed) => seed.text), ...bundled.map(standardText)]
  .join('\n')
  .replace(/<\/?(?:p|b|u|i|ul|li|del|ins|br|strong|em|a)\b[^<>]*>/gu, ' ')
  .replace(/[*\\<>]/gu, '')
  .replace(/\s+/gu, ' ');
const real = (sentence: string) => {
  const quoted = sentence.replace(/\s+/gu, ' ');
  expect(corpus.includes(quoted), `not quoted from a seed or a bundled standard: ${quoted}`).toBe(true);
  return sentence;
};

const doc = (body: string, frontMatter = '') => `${frontMatter}# Kvalitetsstandard\n\n${body}\n`;
const factsOf = (body: string, frontMatter = ''): Facts => buildStandard(doc(body, frontMatter)).facts;
const values = <K extends keyof Facts>(key: K, body: string, frontMatter = '') =>
  factsOf(body, frontMatter)[key].map((fact) => fact.value as Facts[K][number]['value']);

describe('sentences', () => {
  const sentences = (text: string) => splitSentences(text).map(([from, to]) => text.slice(from, to));

  it('does not end a sentence at Danish abbreviations', () => {
    for (const text of [
      'Det er mulig at modtage anonym behandling jf. SEL § 101a.',
      'Der følges op på en borgerkonference hhv. 6 uger og 180 dage efter indskrivning.',
      'Formålet er bl.a. at forebygge tilbagefald.',
      'Det kan f.eks. være kognitiv terapi.',
      'En kort time out på ca. en måned.',
      'Der gives evt. Medicinsk behandling.',
      'Godkendt af Kommunalbestyrelsen d. 21. juni 2023.',
      'Jf. Lov om Social Service §101 stk. 4, kan du frit vælge.',
      'Bekendtgørelse nr. 972 (08/08/2017) om tilbageholdelse.',
      'Følge op både én og seks mdr. efter udskrivelsen.',
      'Godkendt i Byrådet 20. 06. 2017.',
    ]) {
      expect(sentences(text), text).toEqual([text]);
    }
  });

  it('ends sentences at a period before a capital, a paragraph number with a letter, and a line break before a capital', () => {
    expect(sentences('Behandling iværksættes senest inden for 14 dage. Normalt begynder den ved første fremmøde.')).toEqual([
      'Behandling iværksættes senest inden for 14 dage.',
      'Normalt begynder den ved første fremmøde.',
    ]);
    expect(sentences('Behandlingen gives efter serviceloven § 101 og § 101 a. Kvalitetsstandarden følger bekendtgørelsen.')).toHaveLength(2);
    expect(sentences('Rusmiddelcenter Hjørring\nØstergade 56\n9800 Hjørring\nTlf. 72 33 55 50')).toEqual([
      'Rusmiddelcenter Hjørring',
      'Østergade 56',
      '9800 Hjørring',
      'Tlf. 72 33 55 50',
    ]);
    // A line wrapped in the middle of a sentence stays one sentence.
    expect(sentences('Borgere kan henvende sig\ntelefonisk til centret.')).toHaveLength(1);
  });
});

describe('numbers in words', () => {
  it('reads digits and Danish number words', () => {
    expect(['14', 'fjorten', 'én', 'en', 'seks', 'fire', 'to', 'tolv'].map(numberValue)).toEqual([14, 14, 1, 1, 6, 4, 2, 12]);
    expect(numberValue('måned')).toBeUndefined();
  });
});

describe('treatment guarantee (days from contact)', () => {
  it('reads every seed sentence that states the guarantee', () => {
    const cases: Array<[string, number[]]> = [
      ['Ishøj Kommune skal tilbyde gratis behandling for stofmisbrug inden for 14 dage fra borgerens henvendelse.', [14]],
      ['Disse går i gang inden for 14 dage efter borger har ansøgt om at komme i behandling.', [14]],
      ['Samtalen finder sted hurtigst muligt og senest 14 dage efter, at borgeren har anmodet om misbrugsbehandling.', [14]],
      ['Tilbud om behandling sættes i gang senest 14 dage efter, at borgeren første gang har henvendt sig med ønske om at komme i behandling.', [14]],
      ['at forløbet startes op indenfor behandlingsfristen på 14 dage', [14]],
      [
        'er der fastsat en behandlingsgaranti på 14 dage. Det betyder, at der højst må gå 14 dage, fra du har henvendt dig med ønske om behandling, til behandlingen iværksættes.',
        [14, 14],
      ],
      ['Behandling iværksættes hurtigst muligt og senest inden for 14 dage.', [14]],
      ['Stofmisbrugsbehandlingen iværksættes, senest 14 dage efter at borgeren har henvendt sig til Rådgivningscentret.', [14]],
    ];
    for (const [sentence, expected] of cases) expect(values('guaranteeDays', real(sentence)), sentence).toEqual(expected);
  });

  it('reads invented variants in words, digits and weeks', () => {
    expect(values('guaranteeDays', 'Du kommer i behandling inden for fjorten dage efter din henvendelse.')).toEqual([14]);
    expect(values('guaranteeDays', 'Behandlingen begynder senest 21 dage efter, at du har henvendt dig.')).toEqual([21]);
    expect(values('guaranteeDays', 'Du får tilbudt behandling inden for tre uger fra din henvendelse.')).toEqual([21]);
    expect(values('guaranteeDays', 'Behandlingen starter inden for en uge efter, at du har kontaktet os.')).toEqual([7]);
    expect(values('guaranteeDays', 'Kommunen har en 14-dages behandlingsgaranti.')).toEqual([14]);
    expect(values('guaranteeDays', 'Behandlingsgarantien er på 10 dage.')).toEqual([10]);
    expect(values('guaranteeDays', 'Du kommer i behandling inden for 1 måned efter din henvendelse.')).toEqual([30]);
  });

  it('takes no word every JavaScript object has for a unit or a number', () => {
    for (const word of ['constructor', 'valueOf', 'toString', '__proto__', 'hasOwnProperty']) {
      expect(values('guaranteeDays', `Du kommer i behandling inden for 14 ${word} efter din henvendelse.`), word).toEqual([]);
      expect(values('guaranteeDays', `Du kommer i behandling inden for ${word} dage efter din henvendelse.`), word).toEqual([]);
    }
  });

  it('does not read durations, ranges, intake follow-up or paragraph numbers as a guarantee', () => {
    for (const sentence of [
      real('Samtalerne foregår over max 3 uger, hvorefter man i udgangspunktet overgår til modul 2 i Rusmiddelcenter Hjørring.'),
      real('I modul 2 tilbydes 16 ugers behandling via nedenstående tilbud.'),
      real('Borgeren kommer som oftest til samtale 1-2 gange om ugen, men hyppigheden afhænger af en individuel vurdering.'),
      real('Der følges op på de enkelte behandlingsforløb på en borgerkonference hhv. 6 uger og 180 dage efter indskrivning.'),
      real('Dagbehandling er en mere intensiv misbrugsbehandling, hvor borgeren møder i tilbuddet op til 5 dage om ugen.'),
      'Du kommer i behandling inden for 10-14 dage efter din henvendelse.',
      'Behandlingsgarantien følger af serviceloven § 101 stk. 4.',
    ]) {
      expect(values('guaranteeDays', sentence), sentence).toEqual([]);
    }
  });
});

describe('complaint deadline', () => {
  it('reads the seed sentences in weeks and words, and not the kommune\'s own reconsideration deadline', () => {
    expect(
      values(
        'complaintDays',
        real(
          'Klager over Ishøj Kommunes behandling og afgørelser om stofmisbrugsbehandling skal ske til Center for Socialservice i Ishøj kommune senest 4 uger efter, at borger har modtaget afgørelsen.',
        ),
      ),
    ).toEqual([28]);
    const holbaek = real(
      'Du kan klage over en afgørelse vedrørende den sociale behandling og den skal være Rusmiddelcenter Holbæk i hænde senest fire uger efter at afgørelsen er modtaget. Klagen kan fremsættes skriftligt eller mundtligt. Inden for fire uger efter modtagelsen af klagen skal Rusmiddelcenter Holbæk revurdere afgørelsen.',
    );
    expect(values('complaintDays', holbaek)).toEqual([28]);
    expect(values('complaintDays', real('Borgeren skal indgive klagen til Rådgivningscentret, senest 4 uger efter at borgeren har modtaget afgørelsen.'))).toEqual([28]);
    expect(values('complaintDays', 'Du kan klage over afgørelsen inden 4 uger.')).toEqual([28]);
  });

  it('reads a complaint about a late start as the guarantee, not as a complaint deadline', () => {
    const ringsted = real(
      'Borgeren kan klage over afgørelser om afslag på behandling og manglende iværksættelse af tilbud, senest 14 dage efter at borgeren har henvendt sig til kommunen.',
    );
    expect(values('complaintDays', ringsted)).toEqual([]);
    expect(values('guaranteeDays', ringsted)).toEqual([14]);
    expect(values('complaintDays', 'Du kan klage, hvis behandlingen ikke er iværksat inden 14 dage.')).toEqual([]);
  });

  it('reads invented deadlines other than four weeks', () => {
    expect(values('complaintDays', 'Klagefristen er to uger.')).toEqual([14]);
    expect(values('complaintDays', 'Du kan klage senest 14 dage efter, at du har modtaget afgørelsen.')).toEqual([14]);
    expect(values('complaintDays', real('For nærmere oplysninger om formkrav og klagefrister, se Styrelsens hjemmeside.'))).toEqual([]);
  });
});

describe('follow-up after treatment ends', () => {
  it('reads every seed schedule', () => {
    const cases: Array<[string, number[]]> = [
      [
        'Som en del af behandlingsplanen aftales det, at borgere der afslutter misbrugsbehandling skal tilbydes en opfølgende samtale efter hhv. 1, 3, 6 og 12 måneder fra deres behandling afsluttes.',
        [1, 3, 6, 12],
      ],
      [
        'Som en del af behandlingsplanen aftales det, at borgere der afslutter misbrugsbehandling skal tilbydes en opfølgende samtale efter hhv. 3 og 9 måneder fra deres behandling afsluttes.',
        [3, 9],
      ],
      ['skal Holbæk Rusmiddelcenter følge op på din behandling både én og seks mdr. efter udskrivelsen.', [1, 6]],
      ['skal Rusmiddelcenter Holbæk følge op på behandlingen ved at kontakte den pågældende borger, både én og seks måneder efter udskrivelsen.', [1, 6]],
      ['For borgere, der har afsluttet et behandlingsforløb, finder opfølgningssamtalen sted senest 1 måned efter endt behandling og igen efter 6 måneder.', [1, 6]],
      ['udskrevet med anden årsag), foretages opfølgningssamtalen senest efter 1 måned og igen efter 6 måneder.', [1, 6]],
    ];
    for (const [sentence, expected] of cases) {
      // The last one needs the start of its sentence for the "afsluttet" cue.
      const text = sentence.startsWith('udskrevet') ? `For de borgere, der har afsluttet et behandlingsforløb (færdigbehandlet, ${real(sentence)}` : real(sentence);
      expect(values('followUpMonths', text), sentence).toEqual([expected]);
    }
  });

  it('reads invented variants in words and years', () => {
    expect(values('followUpMonths', 'Vi følger op én og seks måneder efter, at behandlingen er afsluttet.')).toEqual([[1, 6]]);
    expect(values('followUpMonths', 'Når behandlingen slutter, kontakter vi dig senest efter 1 måned og igen efter 6 måneder.')).toEqual([[1, 6]]);
    expect(values('followUpMonths', 'Der er opfølgning efter 3 måneder og efter 1 år efter endt behandling.')).toEqual([[3, 12]]);
  });

  it('does not read periods, ranges, intake follow-up or plan reviews as follow-up after treatment', () => {
    for (const sentence of [
      real('Der tilbydes 3 individuelle boostersamtaler med misbrugsbehandler i løbet af 6 måneder efter endt primærbehandling.'),
      real('Rådgivningscentret gennemfører evaluering og opdatering af behandlingsplanen efter behov og senest efter 6 måneder.'),
      real('hvor man møder fire dage om ugen i tidsrummet 8.30 til 13 i en periode på fire til seks måneder. Dette følges op af et omtrent tilsvarende efterbehandlingsforløb, én dag om ugen.'),
      real('Under 50 pct. af borgerne er igen i misbrugsbehandling inden for 12 måneder.'),
      'Vi følger op 1-2 måneder efter, at behandlingen er afsluttet.',
    ]) {
      expect(values('followUpMonths', sentence), sentence).toEqual([]);
    }
  });
});

describe('age limits', () => {
  it('reads the seed sentences', () => {
    const cases: Array<[string, Array<{ min?: number; max?: number }>]> = [
      ['Ishøj Kommune tilbyder ambulant social behandling i eget tilbud til borgere fra 13 år.', [{ min: 13 }]],
      ['Behandlingsgarantien omfatter desuden tilbud om behandling til unge under 18 år.', [{ max: 17 }]],
      ['Tilbuddet retter sig mod borgere over 18 år.', [{ min: 18 }]],
      ['Rusmiddelcenter Holbæk har en særlig ambulant behandlingsindsats for unge mellem 13 og 25 år med en rusmiddelproblematik.', [{ min: 13, max: 25 }]],
      ['Behandlingen af unge i alderen 13 til 25 år med en rusmiddelproblematik, foregår ambulant.', [{ min: 13, max: 25 }]],
      ['Hvis du er under 25 år, skal du kontakte Ungeliv på tlf. 57 62 88 40.', [{ max: 24 }]],
    ];
    for (const [sentence, expected] of cases) expect(values('ageLimits', real(sentence)), sentence).toEqual(expected);
  });

  it('reads invented variants', () => {
    expect(values('ageLimits', 'Tilbuddet er for borgere på 18 år og derover.')).toEqual([{ min: 18 }]);
    expect(values('ageLimits', 'Ungetilbuddet er for unge til og med 17 år.')).toEqual([{ max: 17 }]);
    expect(values('ageLimits', 'Ungeliv er for unge op til 24 år.')).toEqual([{ max: 24 }]);
    expect(values('ageLimits', 'Tilbuddet er for unge 15-24 år.')).toEqual([{ min: 15, max: 24 }]);
  });

  it('does not read children at home, durations, intervals or years as target groups', () => {
    for (const sentence of [
      real('I de tilfælde hvor vi er vidende om, at du er i social behandling for stofmisbrug, og har hjemmboende børn under 18 år, søger vi et samarbejde med Børn, Unge og Familie og andre relevante myndigheder.'),
      real('Efterbehandling varer fra ½-1 år, afhængig af den enkelte borgers behov'),
      real('Kvalitetsstandarden revideres hvert andet år og ved større ændringer.'),
      real('Det er målet i 2018, at:'),
      'Han har haft et misbrug i over 10 år.',
    ]) {
      expect(values('ageLimits', sentence), sentence).toEqual([]);
    }
  });
});

describe('revision interval', () => {
  it('reads "hvert andet år" and variants', () => {
    expect(values('revisionYears', real('Kvalitetsstandarden revideres hvert andet år og ved større ændringer.'))).toEqual([2]);
    expect(values('revisionYears', 'Standarden revideres hvert 2. år.')).toEqual([2]);
    expect(values('revisionYears', 'Standarden revideres hver tredje år.')).toEqual([3]);
    expect(values('revisionYears', 'Kvalitetsstandarden revideres årligt.')).toEqual([1]);
    expect(values('revisionYears', 'Vi følger hvert år op på, hvor mange der afslutter behandlingen som planlagt.')).toEqual([]);
  });
});

describe('phone numbers', () => {
  it('reads the seed numbers, spaced or not, with or without +45', () => {
    const cases: Array<[string, string[]]> = [
      ['Pitstop Søstedet, Ishøj Søvej 1 a 2635 Ishøj Telefon: 20692833', ['20 69 28 33']],
      ['Tlf. 72 33 55 50', ['72 33 55 50']],
      ['Tlf. til brug for anonyme henvendelser: 72 33 55 50', ['72 33 55 50']],
      ['Hvis du er over 25 år, kan du møde op på Rådgivningscentret eller ringe på tlf. 57 62 79 30.', ['57 62 79 30']],
      ['Henvendelse modtages via tlf. 20 86 52 96 eller mail: pas@ringsted.dk.', ['20 86 52 96']],
      ['Tel.: +45 57627900', ['57 62 79 00']],
    ];
    for (const [sentence, expected] of cases) expect(values('phones', real(sentence)), sentence).toEqual(expected);
  });

  it('does not read postal codes, years, dates, order numbers or times as phone numbers', () => {
    for (const sentence of [
      real('Pitstop Søstedet, Ishøj Søvej 1 a 2635 Ishøj'),
      real('Bekendtgørelse nr. 972 (08/08/2017) om tilbageholdelse af gravide stofmisbrugere i behandling'),
      real('Sundhedsstyrelsens vejledning om ordination af afhængighedsskabende lægemidler nr. 9009 af 27. december 2013'),
      real('Godkendt Sundheds-, Ældre- og Handicapudvalget 17.12.2024'),
      real('Godkendt i Byrådet 20. 06. 2017.'),
      real('hvor man møder fire dage om ugen i tidsrummet 8.30 til 13'),
      real('Birkevænget 4, 4300 Holbæk'),
      'Planen gælder for 2025 2026 og frem.',
      'CVR 29 18 94 40',
      'BEK nr. 1477 af 17/12/2019',
    ]) {
      expect(values('phones', sentence), sentence).toEqual([]);
      expect(contactProblems(buildStandard(doc(sentence)))).toEqual([]);
    }
  });

  it('finds malformed numbers where a phone number is meant', () => {
    const problems = (text: string) => contactProblems(buildStandard(doc(text))).map((p) => p.value);
    expect(problems('Tlf. 72 33 555')).toEqual([{ kind: 'phone', fault: 'digits', written: '72 33 555', where: 'text', digits: 7 }]);
    expect(problems('Ring på tlf. 572 33 55 50.')).toMatchObject([{ kind: 'phone', digits: 9 }]);
    expect(problems('Telefon: +45 7233 555')).toMatchObject([{ kind: 'phone', digits: 7 }]);
    expect(problems('Telefon: 02 33 55 50')).toMatchObject([{ kind: 'phone', fault: 'leading-zero' }]);
    expect(phoneFault('72 33 55 50')).toBeUndefined();
    expect(phoneFault('+45 72335550')).toBeUndefined();
    expect(phoneFault('7233555')).toBe('digits');
  });
});

describe('e-mail addresses and web addresses', () => {
  it('reads the seed addresses, also without a scheme and as bare domains', () => {
    expect(values('emails', real('Henvendelse modtages via tlf. 20 86 52 96 eller mail: pas@ringsted.dk.'))).toEqual(['pas@ringsted.dk']);
    expect(values('emails', 'Mail: <myndighedsenheden@ringsted.dk>')).toEqual(['myndighedsenheden@ringsted.dk']);
    expect(values('urls', real('(se telefontid på www.hjoerring.dk)'))).toEqual(['www.hjoerring.dk']);
    expect(values('urls', 'Der findes en klagevejledning på hjemmesiden: <https://Rusmiddel.holbaek.dk/>')).toEqual([
      'https://Rusmiddel.holbaek.dk/',
    ]);
    expect(values('urls', real('Hjørring kommune kan kontaktes via e-Boks eller borger.dk'))).toEqual(['borger.dk']);
    expect(values('urls', 'Læs [klagevejledningen](https://www.kommune.dk/klage).')).toEqual(['https://www.kommune.dk/klage']);
  });

  it('does not read abbreviations, dates or missing spaces as addresses', () => {
    for (const sentence of ['Formålet er bl.a. at forebygge.', 'Godkendt 17.12.2024.', 'Det kan f.eks. være kognitiv terapi.', 'Se behandling.De']) {
      expect(values('urls', sentence), sentence).toEqual([]);
      expect(values('emails', sentence), sentence).toEqual([]);
    }
  });

  it('finds malformed addresses once, also when the link target repeats them', () => {
    const problems = (text: string) => contactProblems(buildStandard(doc(text))).map((p) => p.value);
    expect(problems(real('Godkendte leverandører er registreret på Tilbudsportalen (www.tilbudsportalen)'))).toEqual([
      { kind: 'url', fault: 'tld', written: 'www.tilbudsportalen', where: 'text' },
    ]);
    expect(problems('Tilbudsportalen ([www.tilbudsportalen](http://www.tilbudsportalen))')).toHaveLength(1);
    expect(problems('Se [her](http://www.tilbudsportalen).')).toEqual([
      { kind: 'url', fault: 'tld', written: 'http://www.tilbudsportalen', where: 'link' },
    ]);
    expect(problems('Se http//www.kommune.dk')).toMatchObject([{ kind: 'url', fault: 'scheme' }]);
    expect(problems('Skriv en mail: pas@ringsted')).toMatchObject([{ kind: 'email', fault: 'tld' }]);
    expect(emailFault('pas@ringsted.dk')).toBeUndefined();
    expect(emailFault('pas..x@ringsted.dk')).toBe('local');
    expect(urlFault('https://www.kommune.dk/rusmidler')).toBeUndefined();
    expect(urlFault('www.kommune')).toBe('tld');
  });

  it('checks front-matter kontakt and points at the line', () => {
    const frontMatter = [
      '---',
      'kommune: Eksempelby',
      'kontakt:',
      '  - navn: Rusmiddelcenter',
      '    telefon: "12 34 567"',
      '    email: rusmiddel@eksempelby',
      '    web: https://www.eksempelby.dk',
      '---',
      '',
    ].join('\n');
    const found = contactProblems(buildStandard(doc('Tekst.', frontMatter)));
    expect(found.map((p) => [p.position.start.line, p.value.kind, p.value.where])).toEqual([
      [5, 'phone', 'front-matter'],
      [6, 'email', 'front-matter'],
    ]);
  });
});

describe('legal references', () => {
  const refs = (text: string) => values('legalReferences', text);

  it('reads the seed references with law, paragraph, stk. and nr.', () => {
    expect(refs(real('Lov om social service § 101 og Bekendtgørelse om kvalitetsstandard for social behandling for stofmisbrug efter § 101 i lov om social service.'))).toEqual([
      { law: 'serviceloven', paragraph: '101' },
      { law: 'serviceloven', paragraph: '101' },
    ]);
    expect(refs(real('tilbud til borgere med behov for medicinsk substitutionsbehandling jf. Sundhedslovens § 142.'))).toEqual([
      { law: 'sundhedsloven', paragraph: '142' },
    ]);
    expect(refs(real('Det er mulig at ansøge om og modtage anonym stofmisbrugsbehandling jf. SEL § 101a.'))).toEqual([
      { law: 'serviceloven', paragraph: '101 a' },
    ]);
    expect(refs(real('Jf. Lov om Social Service §101 stk. 4, kan du frit vælge behandling'))).toEqual([
      { law: 'serviceloven', paragraph: '101', stk: 4 },
    ]);
    expect(refs(real('§ 101, 101a i Lov om social service, „Sundhedsloven § 142 (lægelig behandling af stofmisbrugere)'))).toEqual([
      { law: 'serviceloven', paragraph: '101' },
      { law: 'serviceloven', paragraph: '101 a' },
      { law: 'sundhedsloven', paragraph: '142' },
    ]);
    expect(refs(real('jf. Lov om social service Sundhedsloven § 142, herunder substitutionsbehandling'))).toEqual([
      { law: 'sundhedsloven', paragraph: '142' },
    ]);
    expect(refs(real('jf. Lov om social service § 107, stk. 2, nr. 2, hvor det fremgår under målgruppebeskrivelsen'))).toEqual([
      { law: 'serviceloven', paragraph: '107', stk: 2, nr: 2 },
    ]);
    expect(refs(real('jf. Lov om socialtilsyn § 4.'))).toEqual([{ law: 'socialtilsynsloven', paragraph: '4' }]);
    expect(refs(real('Sundhedsstyrelsens vejledning om ordination af afhængighedsskabende lægemidler nr. 9009 af 27. december 2013'))).toEqual([
      { law: 'vejledning', number: '9009', date: '27. december 2013' },
    ]);
  });

  it('reads the Hjørring legal basis line by line, each at its own line', () => {
    const text = real(
      'Serviceoven § 101 om behandling af stofmisbrug Serviceoven § 101a om anonym, ambulans behandling af stofmisbrug Serviceoven § 107 om midlertidigt ophold i botilbud Bekendtgørelse nr. 972 (08/08/2017) om tilbageholdelse af gravide stofmisbrugere i behandling',
    );
    expect(text).toBeTruthy();
    const standard = buildStandard(standardText('hjoerring-stofmisbrug.md'));
    const lovgrundlag = standard.facts.legalReferences.filter((fact) => fact.position.start.line <= 20);
    expect(lovgrundlag.map((fact) => [fact.position.start.line, fact.value])).toEqual([
      [17, { law: 'serviceloven', paragraph: '101' }],
      [18, { law: 'serviceloven', paragraph: '101 a' }],
      [19, { law: 'serviceloven', paragraph: '107' }],
      [20, { law: 'bekendtgørelse', number: '972', date: '08/08/2017' }],
    ]);
  });

  it('reads invented references: BEK and lov numbers, barnets lov, §§ ranges, stk. after the law', () => {
    expect(refs('Standarden følger BEK nr. 1477 af 17/12/2019 § 4, stk. 1, nr. 12.')).toEqual([
      { law: 'bekendtgørelse', number: '1477', date: '17/12/2019' },
      { law: 'bekendtgørelse', paragraph: '4', stk: 1, nr: 12 },
    ]);
    expect(refs('Ændret ved lov nr. 1421 af 17/12/2019.')).toEqual([{ law: 'lov', number: '1421', date: '17/12/2019' }]);
    expect(refs('Unge under 18 år behandles efter barnets lov § 33.')).toEqual([{ law: 'barnets lov', paragraph: '33' }]);
    expect(refs('Se §§ 33-34 i barnets lov.')).toEqual([
      { law: 'barnets lov', paragraph: '33' },
      { law: 'barnets lov', paragraph: '34' },
    ]);
    expect(refs('Behandlingsgarantien står i serviceloven § 101 stk. 2.')).toEqual([{ law: 'serviceloven', paragraph: '101', stk: 2 }]);
    expect(refs('Anonym behandling efter § 101 a i serviceloven.')).toEqual([{ law: 'serviceloven', paragraph: '101 a' }]);
    expect(refs('Det gør vi selv, se § 4.')).toEqual([{ law: 'ukendt', paragraph: '4' }]);
  });
});

describe('anonymous treatment (§ 101 a)', () => {
  it('reads Hjørring\'s offer with a phone number, a website and a provider in Frederikshavn Kommune', () => {
    const standard = buildStandard(standardText('hjoerring-stofmisbrug.md'));
    const offers = standard.facts.anonymous;
    expect(offers.map((offer) => offer.position.start.line)).toEqual([144, 146, 148, 203, 269, 271, 278, 280]);
    expect(offers.find((offer) => offer.position.start.line === 203)?.value).toEqual({ phone: true, web: true, outsideKommune: true });
    expect(offers.find((offer) => offer.position.start.line === 280)?.value).toMatchObject({ outsideKommune: true });
    // § 101a in the Lovgrundlag section is the legal basis, not an offer.
    expect(offers.some((offer) => offer.position.start.line === 18)).toBe(false);
  });

  it('reads Ishøj\'s and Holbæk\'s offers as having neither anonymous contact nor a provider outside the kommune', () => {
    for (const [name, lines] of [
      ['ishoej-stofmisbrug.md', [107, 109, 111]],
      ['holbaek-stofmisbrug.md', [74]],
    ] as const) {
      const offers = buildStandard(standardText(name)).facts.anonymous;
      expect(offers.map((offer) => offer.position.start.line), name).toEqual(lines);
      for (const offer of offers) expect(offer.value, name).toEqual({ phone: false, web: false, outsideKommune: false });
    }
  });

  it('reads Ringsted\'s offer with a phone number and no provider outside the kommune', () => {
    const offers = buildStandard(standardText('ringsted-stofmisbrug.md')).facts.anonymous;
    expect(offers.map((offer) => offer.position.start.line)).toEqual([176, 178, 180]);
    for (const offer of offers) expect(offer.value).toEqual({ phone: true, web: false, outsideKommune: false });
  });

  it('compares named kommuner with the front-matter kommune', () => {
    const frontMatter = '---\nkommune: Hjørring Kommune\n---\n';
    const own = '## Anonym behandling\n\nDu kan få anonym behandling i Hjørring Kommune. Ring på tlf. 72 33 55 50.';
    // The heading and the sentence both offer it.
    expect(values('anonymous', own, frontMatter)).toEqual([
      { phone: true, web: false, outsideKommune: false },
      { phone: true, web: false, outsideKommune: false },
    ]);
    const other = '## Anonym behandling\n\nDu kan også få anonym behandling i Frederikshavn Kommune, se www.frederikshavn.dk.';
    expect(values('anonymous', other, frontMatter)).toEqual([
      { phone: false, web: true, outsideKommune: true },
      { phone: false, web: true, outsideKommune: true },
    ]);
    const generic = '## Anonym behandling\n\nDu kan få anonym behandling i en anden kommune.';
    expect(values('anonymous', generic, frontMatter)).toMatchObject([{ outsideKommune: true }, { outsideKommune: true }]);
  });

  it('does not read anonymous counselling as anonymous treatment', () => {
    for (const sentence of [
      real('Begge kommuners borgere tilbydes adgang til gratis anonym rådgivning.'),
      real('Et anonymt rådgivningsforløb vil typisk være tilstrækkeligt til at afdække et eventuelt misbrugsbehandlingsbehov, i hvilket tilfælde borgeren vil blive tilbudt behandling.'),
      real('Ved generel rådgivning og vejledning kan henvendelsen ske anonymt.'),
    ]) {
      expect(values('anonymous', sentence), sentence).toEqual([]);
    }
  });
});

describe('positions', () => {
  it('points at the words in the original file, past CriticMarkup, escapes and list indentation', () => {
    const critic = buildStandard('# T\n\nDu kommer i behandling {--hurtigt og--} senest 21 dage efter din henvendelse.\n');
    const [guarantee] = critic.facts.guaranteeDays;
    expect(guarantee?.value).toBe(21);
    expect(critic.source.slice(guarantee!.position.start.offset, guarantee!.position.end.offset)).toBe('21 dage');
    expect(guarantee!.position.start).toMatchObject({ line: 3 });

    const list = buildStandard('# T\n\n- Behandlingen begynder\n  senest 21 dage efter\n  din henvendelse.\n');
    const [fact] = list.facts.guaranteeDays;
    expect(fact!.position.start).toMatchObject({ line: 4, column: 10 });
    expect(fact!.text).toBe('Behandlingen begynder senest 21 dage efter din henvendelse.');

    const escaped = buildStandard('# T\n\n\\* Behandling **senest** 21 dage efter henvendelse.\n');
    expect(escaped.source.slice(escaped.facts.guaranteeDays[0]!.position.start.offset)).toMatch(/^21 dage/u);
  });

  it('puts Ishøj\'s two follow-up schedules at lines 153 and 157', () => {
    const standard = buildStandard(standardText('ishoej-stofmisbrug.md'));
    expect(standard.facts.followUpMonths.map((fact) => [fact.position.start.line, fact.value])).toEqual([
      [153, [1, 3, 6, 12]],
      [157, [3, 9]],
    ]);
  });
});

describe('extraction on the seeds and bundled standards', () => {
  it('never throws and keeps every position inside the file', () => {
    for (const { name, text } of [...seeds(), ...bundled.map((name) => ({ name, text: standardText(name) }))]) {
      const standard = buildStandard(text, name);
      expectInside(standard, name);
    }
  });
});

function expectInside(standard: Standard, label: string): void {
  const lines = standard.source.split(/\r\n|\r|\n/u).length;
  const all = Object.values(standard.facts).flat() as Array<{ position: Standard['title']['position'] }>;
  const problems = contactProblems(standard);
  for (const { position } of [...all, ...problems]) {
    const { start, end } = position;
    expect(start.line, label).toBeGreaterThanOrEqual(1);
    expect(end.line, label).toBeLessThanOrEqual(lines);
    expect(start.offset ?? 0, label).toBeGreaterThanOrEqual(0);
    expect(end.offset ?? 0, label).toBeLessThanOrEqual(standard.source.length);
    expect(start.offset ?? 0, label).toBeLessThanOrEqual(end.offset ?? 0);
  }
}

const pieces = [
  '14 dage', 'fjorten', 'uger', 'måneder', 'mdr.', 'hhv.', '1, 3, 6 og 12', 'én og seks', 'henvendelse', 'klage', 'afgørelsen',
  'opfølgning', 'afsluttet', 'under 18 år', 'mellem 13 og 25 år', '§ 101', '§§', '101a', 'stk. 4', 'nr. 972', 'BEK', '(08/08/2017)',
  'Tlf. ', '72 33 55 50', '+45 ', '@', 'www.', 'http://', '.dk', 'anonym behandling', 'Frederikshavn Kommune', 'hvert andet år',
  'revideres', '{--', '--}', '{++', '++}', '{>>', '<<}', '<del>', '</del>', '~~', '**', '*', '\\', '[', '](', ')', '<', '>', '- ', '# ',
  '## Klagemuligheder\n', '## Behandlingsgaranti\n', '---\nkommune: X\n---\n', '\n', '\n\n', '\r\n', ' ', '.', ',', '-', '½', '😀',
];

describe('extraction never fails (property)', () => {
  it('never throws, and every fact lies inside the file', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 6 }), fc.string({ unit: 'binary', maxLength: 3 })), { maxLength: 60 }), (parts) => {
        const standard = buildStandard(parts.join(''));
        expectInside(standard, JSON.stringify(parts.join('')));
        expect(() => extractFacts(standard)).not.toThrow();
      }),
      { numRuns: 150 },
    );
  });
});

describe('linear time', () => {
  const adversarial = (size: number) => {
    const chunks = [
      '1, 3, 6 og ', '§ 101, ', '§', 'a@', 'www.', '72 ', '+45 ', 'anonym ', 'Frederikshavn Kommune ', 'hhv. ', 'a.', 'senest 14 dage efter henvendelse ',
      'opfølgning efter endt behandling 1 og ', 'måneder ', 'nr. 1477 af 17/12/2019 ', 'hvert andet år revideres ', 'under 18 år ', 'http', '1-', '@@', '..', 'Tlf. 7 ',
    ];
    // One paragraph without a sentence break, and the same chunks in short paragraphs.
    let text = '---\nkommune: Hjørring\n---\n# T\n\n## Anonym behandling\n\n';
    let seed = 7;
    while (text.length < size / 2) {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      text += chunks[seed % chunks.length];
    }
    text += '\n\n## Klagemuligheder\n\n';
    while (text.length < size) {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      text += chunks[seed % chunks.length] + (seed % 13 === 0 ? '\n\n' : '');
    }
    return text;
  };
  const normal = (size: number) => {
    const all = bundled.map(standardText).join('\n\n');
    return all.repeat(Math.ceil(size / all.length)).slice(0, size);
  };
  const time = (text: string) => {
    const standard = buildStandard(text);
    let best = Infinity;
    for (let round = 0; round < 3; round++) {
      const start = performance.now();
      extractFacts(standard);
      contactProblems(standard);
      best = Math.min(best, performance.now() - start);
    }
    return best;
  };

  it('takes about four times as long on four times the input, and is not slow on adversarial text', () => {
    const small = time(adversarial(50_000));
    const large = time(adversarial(200_000));
    const usual = time(normal(200_000));
    // Linear is ×4, quadratic ×16; the bound is generous for noisy machines.
    expect(large).toBeLessThan(small * 10 + 100);
    expect(large).toBeLessThan(usual * 10 + 200);
  });
});
