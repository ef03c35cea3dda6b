/** readability: LIX of each citizen-facing section and of the whole text (src/rules/readability.ts). */
import { describe, expect, it } from 'vitest';
import { findingsOf, lineAt, ruleTester } from '../helpers/rule-tester.js';
import { bundled, bundledNames, complete } from '../helpers/fixtures.js';
import { buildStandard } from '../../src/model/standard.js';
import { lix, lixOfCounts, lixOfStandard } from '../../src/model/lix.js';
import { createReadability, DEFAULT_LIX_THRESHOLD, lixCountsOf, MIN_SECTION_WORDS } from '../../src/rules/readability.js';
import { ruleSetFor } from '../../src/law/rulesets.js';
import type { Finding } from '../../src/types.js';

const hard =
  'Behandlingsindsatsen tilrettelægges helhedsorienteret og individualiseret med udgangspunkt i borgerens samlede livssituation, ressourcer og udfordringer, hvorefter koordineringen mellem de involverede samarbejdspartnere, herunder jobcenter, socialpsykiatri, distriktspsykiatri og kriminalforsorgen, varetages af den kommunale myndighedsrådgiver i overensstemmelse med gældende lovgivning og retningslinjer. Opfølgningen dokumenteres systematisk i kommunens fagsystem.';
const easy =
  'Du kan få hjælp, hvis du tager stoffer. Du ringer til os. Vi tager en snak med dig. Vi lægger en plan sammen. Du får en fast person at tale med. Det er gratis. Du kan tage din mor eller en ven med. Vi har tavshedspligt. Du kan altid ringe igen.';

const hardAndEasy = `# Kvalitetsstandard\n\n## Indsats\n\n${hard}\n\n## Sådan får du hjælp\n\n${easy}\n`;
const hardOnly = `# Kvalitetsstandard\n\n## Indsats\n\n${hard}\n`;
const wholeOfHardAndEasy = lixOfStandard(buildStandard(hardAndEasy));

ruleTester.run('readability', {
  valid: [
    // Short sections say too little for a LIX; easy text is fine.
    `# Kvalitetsstandard\n\n## Adresse\n\nRusmiddelcentret, Behandlingsvej 12, Kommunalbestyrelsesby.\n\n## Hjælp\n\n${easy}\n`,
    { name: 'the complete example', code: complete },
    // Another threshold from kvs.config.json.
    { name: 'ruleOptions.readability.threshold 200', code: hardOnly, config: { ruleOptions: { readability: { threshold: 200 } } } },
    // A hard sentence under 40 words is not judged.
    '# Kvalitetsstandard\n\n## Lovgrundlag\n\nBehandlingsindsatsen tilrettelægges helhedsorienteret efter serviceloven § 101 og bekendtgørelsen om kvalitetsstandarder.\n',
  ],
  invalid: [
    {
      name: 'one warning per standard at the title, naming the hard section (at least 40 words above LIX 45) with its LIX; the advice once in the hint; each section a detail at its heading',
      code: hardAndEasy,
      errors: [
        {
          line: 1,
          severity: 'warning',
          messageIncludes: [`LIX er over grænsen 45 i 1 afsnit: "Indsats" (${lix(hard)}).`],
          hintIncludes: ['Del de lange sætninger op', 'korte, almindelige ord'],
          related: [...(wholeOfHardAndEasy > DEFAULT_LIX_THRESHOLD ? [1] : []), 3],
        },
      ],
    },
    {
      name: 'in English',
      code: hardOnly,
      lang: 'en',
      errors: [{ line: 1, messageMatches: /^The LIX is above the limit of 45 in 1 section: "Indsats" \(\d+\)\. The standard as a whole has a LIX of \d+\.$/, related: [1, 3] }],
    },
    {
      name: 'a lower threshold from kvs.config.json',
      code: `# Kvalitetsstandard\n\n## Hjælp\n\n${easy}\n`,
      config: { ruleOptions: { readability: { threshold: 5 } } },
      errors: [{ line: 1, messageIncludes: 'grænsen 5 i 1 afsnit', related: [1, 3] }],
    },
    {
      name: "Ishøj's \"Målgruppe\": one 50-word sentence and a short one",
      code: bundled('ishoej'),
      // One finding at the title (line 15): the whole text there and 13 sections as details; their numbers are checked against src/model/lix.ts below.
      errors: [{ line: 15, severity: 'warning', messageIncludes: '"Målgruppe" (63)', related: [15, 25, 29, 63, 87, 113, 119, 127, 143, 149, 165, 177, 191, 197] }],
    },
  ],
});

describe('readability', () => {
  it('the hard text is above the limit and the easy one below, by src/model/lix.ts', () => {
    expect(lix(hard)).toBeGreaterThan(DEFAULT_LIX_THRESHOLD);
    expect(lix(easy)).toBeLessThanOrEqual(DEFAULT_LIX_THRESHOLD);
  });

  it('the threshold can also be set when the rule is made (createReadability)', () => {
    const findings: unknown[] = [];
    const ruleSet = ruleSetFor('2026-11-25');
    createReadability(200).check({
      standard: buildStandard(hardOnly),
      ruleSet,
      asOf: '2026-11-25',
      requirements: ruleSet.requirements,
      knownRules: [],
      report: (found) => findings.push(found),
    });
    expect(findings).toEqual([]);
    expect(findingsOf('readability', hardOnly).length).toBeGreaterThan(0);
  });

  it('the details say what the per-section warnings said: the LIX and its band, the limit, the numbers and the advice', () => {
    const [finding] = findingsOf('readability', hardAndEasy);
    const section = finding!.related!.find((place) => place.position.start.line === 3)!;
    expect(section.detail).toBe(true);
    expect(section.message).toContain(`Afsnittet "Indsats" har LIX ${lix(hard)} (meget svær); grænsen er 45.`);
    expect(section.message).toContain('Del de lange sætninger op');
    expect(section.message).toContain('korte, almindelige ord');
    if (wholeOfHardAndEasy > DEFAULT_LIX_THRESHOLD) {
      expect(finding!.related![0]!.message).toMatch(new RegExp(`^Standarden som helhed har LIX ${wholeOfHardAndEasy} \\(`));
    }
    const [english] = findingsOf('readability', { code: hardOnly, lang: 'en' });
    expect(english!.related!.map((place) => place.message)).toEqual([
      expect.stringMatching(/has a LIX of \d+ \(very difficult\); the limit is 45\./),
      expect.stringMatching(/has a LIX of \d+ \(very difficult\); the limit is 45\./),
    ]);
    const [ishoej] = findingsOf('readability', bundled('ishoej'));
    expect(ishoej!.related!.find((place) => place.position.start.line === 25)!.message).toMatch(/^Afsnittet "Målgruppe" har LIX 63 \(meget svær\)/);
  });

  it('on the bundled standards: one warning at the title; the whole text there and each flagged section at its heading as details, numbers as src/model/lix.ts', () => {
    const wholeLix: Record<string, number> = { hjoerring: 54, holbaek: 50, ishoej: 56, ringsted: 54 };
    for (const name of bundledNames) {
      const text = bundled(name);
      const standard = buildStandard(text);
      const findings = findingsOf('readability', text);
      expect(findings, name).toHaveLength(1);
      const [finding] = findings as [Finding];
      expect(finding.position.start.line).toBe(standard.title.position.start.line);
      expect(finding.message).toContain(`Standarden som helhed har LIX ${wholeLix[name]}.`);
      const title = finding.related!.filter((place) => place.message.startsWith('Standarden som helhed'));
      expect(lixOfStandard(standard), name).toBe(wholeLix[name]);
      expect(lixOfCounts(lixCountsOf(standard.tree)), name).toBe(wholeLix[name]);
      expect(title).toHaveLength(1);
      expect(title[0]!.position.start.line).toBe(standard.title.position.start.line);
      expect(title[0]!.message).toContain(`LIX ${wholeLix[name]} (`);
      const sections = finding.related!.filter((place) => place !== title[0]);
      expect(sections.length).toBeGreaterThan(0);
      for (const place of sections) {
        expect(place.detail).toBe(true);
        const section = standard.sections.find((s) => s.position.start.line === place.position.start.line)!;
        expect(lineAt(text, place.position.start.line)).toMatch(/^#{1,6} /);
        const counts = lixCountsOf(section.content);
        expect(counts.words).toBeGreaterThanOrEqual(MIN_SECTION_WORDS);
        expect(place.message).toContain(`"${section.heading}" har LIX ${lixOfCounts(counts)} (`);
        expect(finding.message).toContain(`"${section.heading}" (${lixOfCounts(counts)})`);
        expect(lixOfCounts(counts)).toBeGreaterThan(DEFAULT_LIX_THRESHOLD);
      }
    }
    // Hjørring's short contact sections are below 40 words and not judged.
    const hjoerring = findingsOf('readability', bundled('hjoerring'))[0]!.related!;
    expect(hjoerring.some((place) => [196, 203, 214, 231].includes(place.position.start.line))).toBe(false);
  });
});
