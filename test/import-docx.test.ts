import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { toString } from 'mdast-util-to-string';
import type { Heading, List, ListItem, Nodes, Paragraph, Root, RootContent, Table } from 'mdast';
import { strToU8 } from 'fflate';
import { DocxError, readDocx } from '../src/import/readers/docx.js';
import { importDocument } from '../src/import/index.js';
import { del, docx, esc, field, ins, numPr, p, pStyle, paragraphStyle, r, table, zip } from './helpers/docx.js';

function read(parts: Parameters<typeof docx>[0]): ReturnType<typeof readDocx> {
  return readDocx(docx(parts));
}

function texts(tree: Root): string[] {
  return tree.children.map((node) => toString(node));
}

function only<T extends RootContent['type']>(tree: Root, type: T): Array<Extract<RootContent, { type: T }>> {
  return tree.children.filter((node): node is Extract<RootContent, { type: T }> => node.type === type);
}

function thrown(action: () => unknown): DocxError {
  try {
    action();
  } catch (error) {
    if (error instanceof DocxError) return error;
    throw error;
  }
  throw new Error('expected a DocxError');
}

const headingStyles =
  paragraphStyle('Normal', 'Normal') +
  paragraphStyle('Heading1', 'heading 1', '<w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr>') +
  paragraphStyle('Heading2', 'heading 2', '<w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr>') +
  // Danish Word: the id is Danish, the name may be either.
  paragraphStyle('Overskrift1', 'heading 1') +
  paragraphStyle('Overskrift2', 'Overskrift 2') +
  paragraphStyle('Titel', 'Title') +
  // A house style: only its outline level makes it a heading.
  paragraphStyle('Afsnitsoverskrift', 'Afsnitsoverskrift', '<w:pPr><w:outlineLvl w:val="2"/></w:pPr>') +
  // Based on a heading, so a heading too.
  paragraphStyle('MinOverskrift', 'Min overskrift', '<w:basedOn w:val="Heading2"/>');

describe('readDocx: headings', () => {
  it('turns heading styles (English and Danish names, outline levels, Title) into headings', () => {
    const { tree } = read({
      styles: headingStyles,
      document:
        p(r('Kvalitetsstandard for stofmisbrugsbehandling'), pStyle('Titel')) +
        p(r('Formål'), pStyle('Heading1')) +
        p(r('Lovgrundlag'), pStyle('Overskrift1')) +
        p(r('Målgruppe'), pStyle('Overskrift2')) +
        p(r('Frit valg'), pStyle('Afsnitsoverskrift')) +
        p(r('Sagsbehandlingstid'), pStyle('MinOverskrift')) +
        p(r('Almindelig tekst.'), pStyle('Normal')),
    });
    expect(tree.children.map((node) => [node.type, (node as Heading).depth, toString(node)])).toEqual([
      ['heading', 1, 'Kvalitetsstandard for stofmisbrugsbehandling'],
      ['heading', 1, 'Formål'],
      ['heading', 1, 'Lovgrundlag'],
      ['heading', 2, 'Målgruppe'],
      ['heading', 3, 'Frit valg'],
      ['heading', 2, 'Sagsbehandlingstid'],
      ['paragraph', undefined, 'Almindelig tekst.'],
    ]);
  });

  it('recognises heading style ids when styles.xml is missing', () => {
    const { tree } = read({ document: p(r('Indsatsens indhold'), pStyle('Overskrift2')) + p(r('Tekst')) });
    expect(tree.children[0]).toMatchObject({ type: 'heading', depth: 2 });
  });

  it('does not make headings bold', () => {
    const { tree } = read({ styles: headingStyles, document: p(r('Formål', '<w:b/>'), pStyle('Heading1')) });
    expect(tree.children[0]).toMatchObject({ type: 'heading', children: [{ type: 'text', value: 'Formål' }] });
  });
});

const numbering = `
  <w:abstractNum w:abstractNumId="0">
    <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl>
    <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="o"/></w:lvl>
  </w:abstractNum>
  <w:abstractNum w:abstractNumId="1">
    <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
    <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%2)"/></w:lvl>
  </w:abstractNum>
  <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
  <w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>`;

describe('importDocument --keep-changes: tracked moves', () => {
  it('keeps a moved paragraph as a deletion where it was and an insertion where it went, so rejecting the move loses nothing', () => {
    const stamp = 'w:author="Mette" w:date="2026-03-01T10:00:00Z"';
    const moved = 'Du kan altid klage over afgørelsen til Ankestyrelsen inden fire uger.';
    const bytes = docx({
      document:
        p(`<w:moveFrom w:id="1" ${stamp}><w:r><w:t>${moved}</w:t></w:r></w:moveFrom>`) +
        p(r('Her står noget andet om hjælpen.')) +
        p(`<w:moveTo w:id="2" ${stamp}>${r(moved)}</w:moveTo>`),
    });
    const { markdown } = importDocument(bytes, 'flyt.docx', { keepChanges: true });
    expect(markdown).toContain(`{--${moved}--}`);
    expect(markdown).toContain(`{++${moved}++}`);
  });
});

describe('importDocument: headings of a .docx', () => {
  it('come from heading styles; a bold line is a heading only in a file without styles', () => {
    const body = p(r('Indhold'), pStyle('Heading1')) + p(r('Mål:', '<w:b/>')) + p(r('At borgeren får hjælp.'));
    const styled = importDocument(docx({ styles: paragraphStyle('Heading1', 'heading 1') + paragraphStyle('Normal', 'Normal'), document: body }), 'a.docx');
    expect(styled.markdown).toContain('# Indhold\n\n**Mål:**\n');
    const unstyled = importDocument(docx({ document: body }), 'b.docx');
    expect(unstyled.markdown).toContain('## Mål:');
  });
});

describe('readDocx: block quotes', () => {
  it("reads Word's Quote and Intense Quote styles (and styles based on them) as one block quote", () => {
    const { tree } = read({
      styles: paragraphStyle('Quote', 'Quote') + paragraphStyle('IntenseQuote', 'Intense Quote') + paragraphStyle('MyQuote', 'Vores citat', '<w:basedOn w:val="Quote"/>'),
      document: p(r('Før.')) + p(r('Første linje.'), pStyle('Quote')) + p(r('Anden linje.'), pStyle('IntenseQuote')) + p(r('Tredje.'), pStyle('MyQuote')) + p(r('Efter.')),
    });
    expect(tree.children.map((node) => node.type)).toEqual(['paragraph', 'blockquote', 'paragraph']);
    expect(toString(tree.children[1]!)).toBe('Første linje.Anden linje.Tredje.');
  });
});

describe('readDocx: indentation', () => {
  it('reads a paragraph indented like the list text before it as a further paragraph of that item, and another indented paragraph as a block quote', () => {
    const ind = (left: number, hanging = 0): string => `<w:ind w:left="${left}"${hanging ? ` w:hanging="${hanging}"` : ''}/>`;
    const { tree } = read({
      numbering:
        '<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>',
      document:
        p(r('Første punkt'), numPr(1)) +
        p(r('Mere om første punkt.'), ind(720)) +
        p(r('Andet punkt'), numPr(1)) +
        p(r('Brødtekst.')) +
        p(r('Et citat fra loven.'), ind(1134)) +
        p(r('Hængende indrykning er ikke et citat.'), ind(720, 360)),
    });
    expect(tree.children.map((node) => node.type)).toEqual(['list', 'paragraph', 'blockquote', 'paragraph']);
    const list = tree.children[0] as List;
    expect(list.children.map((item) => item.children.map((child) => toString(child)))).toEqual([['Første punkt', 'Mere om første punkt.'], ['Andet punkt']]);
  });
});

describe('readDocx: lists', () => {
  const { tree } = read({
    numbering,
    styles: paragraphStyle('ListBullet', 'List Bullet', `<w:pPr>${numPr(1)}</w:pPr>`),
    document:
      p(r('Tilbuddet omfatter:')) +
      p(r('samtaler'), numPr(1, 0)) +
      p(r('individuelle'), numPr(1, 1)) +
      p(r('i grupper'), numPr(1, 1)) +
      p(r('rådgivning'), numPr(1, 0)) +
      p(r('Forløbet:')) +
      p(r('Visitation'), numPr(2, 0)) +
      p(r('skriftlig afgørelse'), numPr(2, 1)) +
      p(r('Behandling'), numPr(2, 0)) +
      p(r('Efter en pause tælles videre:')) +
      p(r('Opfølgning'), numPr(2, 0)) +
      p(r('Punkt fra typografien'), pStyle('ListBullet')),
  });
  const lists = only(tree, 'list');
  const itemTexts = (list: List): string[] => list.children.map((item) => toString(item.children[0]!));
  const nested = (item: ListItem | undefined): List | undefined => item?.children.find((c): c is List => c.type === 'list');

  it('groups consecutive bulleted paragraphs into one unordered list, nested by level', () => {
    const bullets = lists[0]!;
    expect(bullets.ordered).toBe(false);
    expect(itemTexts(bullets)).toEqual(['samtaler', 'rådgivning']);
    expect(itemTexts(nested(bullets.children[0])!)).toEqual(['individuelle', 'i grupper']);
  });

  it('makes decimal numbering an ordered list, with lettered sub-items nested', () => {
    const numbered = lists[1]!;
    expect(numbered).toMatchObject({ ordered: true, start: 1 });
    expect(itemTexts(numbered)).toEqual(['Visitation', 'Behandling']);
    expect(nested(numbered.children[0])).toMatchObject({ ordered: true, start: 1 });
    expect(itemTexts(nested(numbered.children[0])!)).toEqual(['skriftlig afgørelse']);
  });

  it('goes on counting a numbered list interrupted by a paragraph', () => {
    expect(lists[2]).toMatchObject({ ordered: true, start: 3 });
  });

  it('takes numbering from a list paragraph style', () => {
    expect(lists[3]).toMatchObject({ ordered: false });
    expect(itemTexts(lists[3]!)).toEqual(['Punkt fra typografien']);
  });

  it('keeps the paragraphs between lists', () => {
    expect(texts(tree).filter((_, i) => tree.children[i]!.type === 'paragraph')).toEqual([
      'Tilbuddet omfatter:',
      'Forløbet:',
      'Efter en pause tælles videre:',
    ]);
  });
});

describe('readDocx: tables', () => {
  it('makes a GFM table with the first row as header; cell paragraphs joined by a break', () => {
    const { tree } = read({
      document:
        p(r('Før tabellen')) +
        table([
          [p(r('Ydelse')), p(r('Frist'))],
          [p(r('Ambulant behandling')), p(r('14 dage')) + p(r('efter henvendelse'))],
        ]) +
        p(r('Efter tabellen')),
    });
    const [tbl] = only(tree, 'table');
    expect(tbl!.children.map((row) => row.children.map((cell) => toString(cell)))).toEqual([
      ['Ydelse', 'Frist'],
      ['Ambulant behandling', '14 dageefter henvendelse'],
    ]);
    expect(tbl!.children[1]!.children[1]!.children.map((node) => node.type)).toEqual(['text', 'break', 'text']);
    expect(tbl!.align).toEqual([null, null]);
    // Table paragraphs are counted: the paragraph after the table is number 7.
    expect(tree.children.at(-1)!.position?.start.line).toBe(7);
    expect(tbl!.position).toMatchObject({ start: { line: 2 }, end: { line: 6 } });
  });

  it('keeps columns straight across merged cells and flattens nested tables', () => {
    const { tree } = read({
      document: table([
        [`<w:tcPr><w:gridSpan w:val="2"/></w:tcPr>${p(r('Overskrift over to kolonner'))}`],
        [p(r('A')), p(r('B'))],
        [p(r('Ydre')), table([[p(r('x')), p(r('y'))], [p(r('z')), p(r('w'))]]) + p('')],
      ]),
    });
    const [tbl] = only(tree, 'table') as Table[];
    expect(tbl!.children.map((row) => row.children.length)).toEqual([2, 2, 2]);
    expect(toString(tbl!.children[2]!.children[1]!)).toBe('x; yz; w');
  });

  it('returns the content of a one-cell frame table as it is', () => {
    const { tree } = read({ styles: headingStyles, document: table([[p(r('Bemærk'), pStyle('Heading2')) + p(r('Tekst i rammen.'))]]) });
    expect(tree.children.map((node) => node.type)).toEqual(['heading', 'paragraph']);
  });
});

describe('readDocx: merged cells and lists in cells', () => {
  it('repeats the text of a cell merged with the one above, and keeps the markers of a list in a cell', () => {
    const merged = (val?: string): string => `<w:tcPr><w:vMerge${val ? ` w:val="${val}"` : ''}/></w:tcPr>`;
    const { tree } = read({
      numbering:
        '<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>',
      document: table([
        [p(r('Ydelse')), p(r('Frist'))],
        [merged('restart') + p(r('Behandling')), p(r('14 dage'))],
        [merged() + p(''), p(r('Højst ') + r('14 dage')) + p(r('Første samtale'), numPr(1)) + p(r('Plan'), numPr(1))],
      ]),
    });
    const rows = (tree.children[0] as Table).children.map((row) => row.children.map((cell) => toString(cell)));
    expect(rows).toEqual([
      ['Ydelse', 'Frist'],
      ['Behandling', '14 dage'],
      ['Behandling', 'Højst 14 dage• Første samtale• Plan'],
    ]);
  });
});

describe('readDocx: inline formatting and links', () => {
  it('merges adjacent bold runs and moves edge whitespace outside the strong node', () => {
    const { tree } = read({
      document: p(r('Svar gives ') + r('inden for ', '<w:b/>') + r('14 dage ', '<w:b/><w:bCs/>') + r('fra henvendelsen.')),
    });
    expect(tree.children[0]).toMatchObject({
      type: 'paragraph',
      children: [
        { type: 'text', value: 'Svar gives ' },
        { type: 'strong', children: [{ type: 'text', value: 'inden for 14 dage' }] },
        { type: 'text', value: ' fra henvendelsen.' },
      ],
    });
  });

  it('makes no empty strong or emphasis nodes, and nests italic inside bold', () => {
    const { tree } = read({ document: p(r('a') + r(' ', '<w:b/>') + r('b ') + r('c', '<w:b/>') + r('d', '<w:b/><w:i/>')) });
    const paragraph = tree.children[0] as Paragraph;
    expect(paragraph.children).toMatchObject([
      { type: 'text', value: 'a b ' },
      { type: 'strong', children: [{ type: 'text', value: 'c' }, { type: 'emphasis', children: [{ type: 'text', value: 'd' }] }] },
    ]);
  });

  it('takes bold from a character style, and ignores old formatting in w:rPrChange', () => {
    const { tree } = read({
      styles: '<w:style w:type="character" w:styleId="Strong"><w:name w:val="Strong"/><w:rPr><w:b/></w:rPr></w:style>',
      document: p(
        r('vigtigt', '<w:rStyle w:val="Strong"/>') +
          r(' og ', '<w:rPrChange w:id="1" w:author="A"><w:rPr><w:b/></w:rPr></w:rPrChange>'),
      ),
    });
    expect((tree.children[0] as Paragraph).children.map((node) => node.type)).toEqual(['strong', 'text']);
  });

  it('resolves hyperlinks through the relationships, and HYPERLINK fields', () => {
    const { tree } = read({
      rels: `<Relationship Id="rIdLink" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://www.retsinformation.dk/eli/lta/2024/1" TargetMode="External"/>`,
      document:
        p(r('Se ') + `<w:hyperlink r:id="rIdLink">${r('serviceloven')}</w:hyperlink>` + r('.')) +
        p(field('HYPERLINK "https://kommune.dk/frit-valg"', r('frit valg')) + r(' og ') + `<w:hyperlink w:anchor="_Toc1">${r('intern henvisning')}</w:hyperlink>`),
    });
    expect(tree.children[0]).toMatchObject({
      children: [
        { type: 'text', value: 'Se ' },
        { type: 'link', url: 'https://www.retsinformation.dk/eli/lta/2024/1', children: [{ type: 'text', value: 'serviceloven' }] },
        { type: 'text', value: '.' },
      ],
    });
    expect(tree.children[1]).toMatchObject({
      children: [
        { type: 'link', url: 'https://kommune.dk/frit-valg', children: [{ type: 'text', value: 'frit valg' }] },
        { type: 'text', value: ' og intern henvisning' },
      ],
    });
  });

  it('turns tabs into spaces and line breaks into break nodes; skips empty paragraphs', () => {
    const { tree } = read({
      document: p(r('Adresse:') + '<w:r><w:tab/><w:t>Rådhuset</w:t><w:br/><w:t>8000 Aarhus</w:t></w:r>') + p('') + p(r('   ')),
    });
    expect(tree.children).toHaveLength(1);
    expect((tree.children[0] as Paragraph).children.map((node) => node.type)).toEqual(['text', 'break', 'text']);
    expect(toString(tree)).toBe('Adresse: Rådhuset8000 Aarhus');
  });

  it('keeps æ, ø and å, makes no-break spaces plain and drops soft hyphens', () => {
    const { tree } = read({
      document: p(r('Behandlings\u00adgaranti efter §\u00a0101 for børn og unge i Århus') + '<w:r><w:t>stof</w:t><w:softHyphen/><w:t>misbrug</w:t></w:r>'),
    });
    expect(toString(tree)).toBe('Behandlingsgaranti efter § 101 for børn og unge i Århusstofmisbrug');
  });

  it('reads UTF-16 parts', () => {
    const xml = `<?xml version="1.0" encoding="UTF-16"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${p(r('Kære borger, æøå'))}</w:body></w:document>`;
    const utf16 = new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(xml, 'utf16le')]));
    const { tree } = readDocx(docx({ document: '', files: { 'word/document.xml': utf16 } }));
    expect(toString(tree)).toBe('Kære borger, æøå');
  });
});

describe('readDocx: tracked changes', () => {
  it('keeps insertions, drops deletions and records them with their paragraph number', () => {
    const { tree, removed } = read({
      document: p(r('Sagsbehandlingstid')) + p(r('Svar gives inden for ') + del('21 dage') + ins('14 dage') + r('.')),
    });
    expect(texts(tree)).toEqual(['Sagsbehandlingstid', 'Svar gives inden for 14 dage.']);
    expect(removed).toEqual([{ reason: 'tracked-deletion', text: '21 dage', line: 2 }]);
  });

  it('joins a deletion split over several runs into one removal', () => {
    const { removed } = read({ document: p(r('Frist: ') + del('21 ') + del('dage', '<w:b/>') + ins('14 dage')) });
    expect(removed).toEqual([{ reason: 'tracked-deletion', text: '21 dage', line: 1 }]);
  });

  it('resolves a move: the text appears once, where it was moved to', () => {
    const moved = 'Borgeren kan vælge frit mellem godkendte tilbud.';
    const { tree, removed } = read({
      document:
        p(r('Første afsnit. ') + `<w:moveFrom w:id="1" w:author="A">${r(moved)}</w:moveFrom>`) +
        p(r('Andet afsnit.')) +
        p(`<w:moveTo w:id="2" w:author="A">${r(moved)}</w:moveTo>`),
    });
    expect(texts(tree)).toEqual(['Første afsnit.', 'Andet afsnit.', moved]);
    expect(toString(tree).split(moved)).toHaveLength(2);
    expect(removed).toEqual([{ reason: 'tracked-deletion', text: moved, line: 1 }]);
  });

  it('joins a paragraph whose mark was deleted with the next one', () => {
    const markDeleted = '<w:rPr><w:del w:id="9" w:author="A"/></w:rPr>';
    const { tree } = read({
      styles: headingStyles,
      document: p(r('Tilbuddet gives '), pStyle('Heading1') + markDeleted) + p(r('i hele kommunen.')) + p(r('Næste afsnit.')),
    });
    expect(tree.children.map((node) => [node.type, toString(node)])).toEqual([
      ['paragraph', 'Tilbuddet gives i hele kommunen.'],
      ['paragraph', 'Næste afsnit.'],
    ]);
    expect(tree.children[0]!.position).toMatchObject({ start: { line: 1 }, end: { line: 2 } });
  });

  it('drops a whole deleted paragraph (text and mark)', () => {
    const { tree, removed } = read({
      document: p(del('Denne sætning er slettet.'), '<w:rPr><w:del w:id="9" w:author="A"/></w:rPr>') + p(r('Bliver stående.')),
    });
    expect(texts(tree)).toEqual(['Bliver stående.']);
    expect(removed).toEqual([{ reason: 'tracked-deletion', text: 'Denne sætning er slettet.', line: 1 }]);
  });

  it('uses the current paragraph style, not the one in w:pPrChange', () => {
    const { tree } = read({
      styles: headingStyles,
      document: p(r('Formål'), pStyle('Heading1') + `<w:pPrChange w:id="3" w:author="A"><w:pPr>${pStyle('Normal')}</w:pPr></w:pPrChange>`),
    });
    expect(tree.children[0]).toMatchObject({ type: 'heading', depth: 1 });
  });

  it('drops a deleted table row and records what it said', () => {
    const { tree, removed } = read({
      document: table([[p(r('Ydelse')), p(r('Pris'))]]).replace(
        '</w:tbl>',
        `<w:tr><w:trPr><w:del w:id="5" w:author="A"/></w:trPr><w:tc>${p(del('Gammel'))}</w:tc><w:tc>${p(del('100 kr.'))}</w:tc></w:tr>` +
          `<w:tr><w:tc>${p(r('Ny'))}</w:tc><w:tc>${p(r('0 kr.'))}</w:tc></w:tr></w:tbl>`,
      ),
    });
    const [tbl] = only(tree, 'table');
    expect(tbl!.children).toHaveLength(2);
    expect(removed.map((removal) => removal.text)).toEqual(['Gammel', '100 kr.']);
    expect(removed.map((removal) => removal.line)).toEqual([3, 4]);
  });
});

describe('readDocx: comments, fields and notes', () => {
  it('removes comments from the text and records them with their author', () => {
    const { tree, removed } = read({
      comments: `<w:comment w:id="0" w:author="Mette Hansen" w:date="2024-03-01T10:00:00Z" w:initials="MH">${p('<w:r><w:annotationRef/></w:r>' + r('Skal fristen tjekkes med jura?'))}</w:comment>`,
      document:
        p(r('Indledning.')) +
        p(
          r('Fristen er ') +
            '<w:commentRangeStart w:id="0"/>' +
            r('14 dage') +
            '<w:commentRangeEnd w:id="0"/><w:r><w:rPr><w:rStyle w:val="Kommentarhenvisning"/></w:rPr><w:commentReference w:id="0"/></w:r>' +
            r('.'),
        ),
    });
    expect(texts(tree)).toEqual(['Indledning.', 'Fristen er 14 dage.']);
    expect(toString(tree)).not.toContain('jura');
    expect(removed).toEqual([{ reason: 'comment', text: 'Mette Hansen: Skal fristen tjekkes med jura?', line: 2 }]);
  });

  it('drops field codes and keeps field results', () => {
    const { tree } = read({ document: p(r('Side ') + field('PAGE \\* MERGEFORMAT', r('3')) + r(' af ') + field('NUMPAGES', r('12'))) });
    expect(toString(tree)).toBe('Side 3 af 12');
  });

  it('drops Word field errors and records them', () => {
    const { tree, removed } = read({
      document:
        p(r('Se afsnit ') + field('REF _Ref123 \\h', r('Fejl! Bogmærke er ikke defineret.', '<w:b/>')) + r(' om klageadgang.')) +
        p(r('Se også Error! Reference source not found. nedenfor.')),
    });
    expect(texts(tree)).toEqual(['Se afsnit  om klageadgang.', 'Se også  nedenfor.']);
    expect(removed).toEqual([
      { reason: 'field-error', text: 'Fejl! Bogmærke er ikke defineret.', line: 1 },
      { reason: 'field-error', text: 'Error! Reference source not found.', line: 2 },
    ]);
  });

  it('turns footnotes into footnote definitions', () => {
    const { tree } = read({
      footnotes:
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>' +
        `<w:footnote w:id="1">${p('<w:r><w:footnoteRef/></w:r>' + r(' Jf. servicelovens § 101.'))}</w:footnote>`,
      document: p(r('Tilbuddet er gratis.') + '<w:r><w:footnoteReference w:id="1"/></w:r>'),
    });
    expect(tree.children[0]).toMatchObject({ children: [{ type: 'text' }, { type: 'footnoteReference', identifier: '1' }] });
    expect(tree.children[1]).toMatchObject({ type: 'footnoteDefinition', identifier: '1', position: { start: { line: 1 } } });
    expect(toString(tree.children[1]!)).toBe('Jf. servicelovens § 101.');
  });

  it('resolves a hyperlink in a footnote against the footnotes part, not the document', () => {
    const link = (id: string, text: string): string => `<w:hyperlink r:id="${id}">${r(text)}</w:hyperlink>`;
    const rel = (id: string, target: string): string =>
      `<Relationship Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="${target}" TargetMode="External"/>`;
    const { tree } = read({
      footnotes: `<w:footnote w:id="1">${p(r('Se ') + link('rId1', 'loven'))}</w:footnote>`,
      // The same id in the document's relationships points somewhere else.
      rels: rel('rId1', 'https://example.org/document'),
      document: p(link('rId1', 'Kommunen') + '<w:r><w:footnoteReference w:id="1"/></w:r>'),
      files: {
        'word/_rels/footnotes.xml.rels': `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rel('rId1', 'https://www.retsinformation.dk/')}</Relationships>`,
      },
    });
    const urls = (node: Nodes): string[] => ('url' in node ? [node.url] : []).concat('children' in node ? node.children.flatMap((child) => urls(child as Nodes)) : []);
    expect(urls(tree.children[0]!)).toEqual(['https://example.org/document']);
    expect(urls(tree.children[1]!)).toEqual(['https://www.retsinformation.dk/']);
  });

  it('names every picture in the report, by alt text and file, at its paragraph: none is dropped silently', () => {
    const picture =
      '<w:r><w:drawing><wp:inline xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing">' +
      '<wp:docPr id="1" name="Billede 1" descr="Kort over rusmiddelcentret"/>' +
      '<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData><pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture">' +
      '<pic:blipFill><a:blip r:embed="rIdImg"/></pic:blipFill></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>';
    const { tree, removed } = read({
      rels: '<Relationship Id="rIdImg" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/image1.png"/>',
      document: p(r('Her ligger vi:')) + p(picture),
    });
    expect(texts(tree)).toEqual(['Her ligger vi:']);
    expect(removed).toEqual([{ reason: 'image', text: 'Kort over rusmiddelcentret (image1.png)', line: 2 }]);
  });

  it('places text box content after the paragraph it sits in', () => {
    const box = `<w:r><w:drawing><wp:inline xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"><wps:txbx xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><w:txbxContent>${p(r('Tekst i boksen'))}</w:txbxContent></wps:txbx></wp:inline></w:drawing></w:r>`;
    const { tree } = read({ document: p(r('Før') + box) + p(r('Efter')) });
    expect(texts(tree)).toEqual(['Før', 'Tekst i boksen', 'Efter']);
    expect(tree.children.map((node) => node.position?.start.line)).toEqual([1, 2, 3]);
  });
});

describe('readDocx: positions', () => {
  it('gives every node a position whose line is its paragraph number', () => {
    const { tree } = read({
      numbering,
      styles: headingStyles,
      document:
        p(r('Formål'), pStyle('Heading1')) +
        p(r('Tekst ') + r('fed', '<w:b/>')) +
        table([[p(r('a')), p(r('b'))], [p(r('c')), p('')]]) +
        p(r('punkt'), numPr(1)),
    });
    const missing: string[] = [];
    const visit = (node: Nodes): void => {
      if (!node.position || node.position.start.column !== 1) missing.push(node.type);
      if ('children' in node) for (const child of node.children) visit(child);
    };
    visit(tree);
    expect(missing).toEqual([]);
    expect(tree.position).toMatchObject({ start: { line: 1 }, end: { line: 7 } });
    expect(only(tree, 'list')[0]!.position?.start.line).toBe(7);
  });
});

describe('readDocx: files that are not Word documents', () => {
  it('refuses bytes that are not a zip, in Danish and English', () => {
    const error = thrown(() => readDocx(strToU8('Dette er bare tekst, ikke en Word-fil.')));
    expect(error).toBeInstanceOf(DocxError);
    expect(error.localized.da).toMatch(/ikke en gyldig Word-fil.*Gem den igen fra Word som \.docx/);
    expect(error.localized.en).toMatch(/not a valid Word file/);
    expect(error.message).toBe(error.localized.en);
  });

  it('refuses an empty file', () => {
    expect(thrown(() => readDocx(new Uint8Array())).localized.da).toMatch(/ikke en gyldig Word-fil/);
  });

  it('refuses a zip without word/document.xml', () => {
    const error = thrown(() => readDocx(zip({ 'xl/workbook.xml': '<workbook/>' })));
    expect(error.localized.da).toMatch(/word\/document\.xml mangler/);
    expect(error.localized.en).toMatch(/word\/document\.xml is missing/);
  });

  it('explains an old .doc (or password-protected) file', () => {
    const error = thrown(() => readDocx(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0])));
    expect(error.localized.da).toMatch(/\.doc/);
  });

  it('refuses a zip whose parts unpack to more than 100 MB, before unpacking', () => {
    const bytes = docx({ document: p(r('lille')) });
    // Claim 200 MB for every entry in the zip's central directory.
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    for (let at = 0; at + 4 <= bytes.length; at++) {
      if (view.getUint32(at, true) === 0x02014b50) view.setUint32(at + 24, 200 * 1024 * 1024, true);
    }
    const error = thrown(() => readDocx(bytes));
    expect(error.localized.da).toMatch(/100 MB/);
    expect(error.localized.en).toMatch(/100 MB/);
  });

  it('reports a damaged document.xml', () => {
    const error = thrown(() => readDocx(docx({ document: '', files: { 'word/document.xml': '<w:document><w:body>' } })));
    expect(error.localized.da).toMatch(/beskadiget.*word\/document\.xml/);
  });
});

describe('readDocx: tracked changes lose nothing and invent nothing', () => {
  const letters = fc.constantFrom('a', 'b', 'æ', 'ø', 'å', ' ', '.', '<', '&', '"', '\u00a0', '\u00ad');
  const runArb = fc.record({
    text: fc.string({ unit: letters, minLength: 1, maxLength: 8 }),
    change: fc.constantFrom('none', 'none', 'insert', 'delete'),
    bold: fc.boolean(),
  });
  const documentArb = fc.array(fc.array(runArb, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 6 });
  const normalize = (text: string): string => text.replace(/\u00a0/g, ' ').replace(/\u00ad/g, '');
  const noSpace = (text: string): string => normalize(text).replace(/\s+/g, '');

  it('tree text = the kept parts; removals = the deleted parts, at their paragraph', () => {
    fc.assert(
      fc.property(documentArb, (paragraphs) => {
        const body = paragraphs
          .map((runs) =>
            p(
              runs
                .map(({ text, change, bold }) => {
                  const rPr = bold ? '<w:b/>' : '';
                  if (change === 'delete') return del(text, rPr);
                  if (change === 'insert') return ins(text, rPr);
                  return r(text, rPr);
                })
                .join(''),
            ),
          )
          .join('');
        const { tree, removed } = readDocx(docx({ document: body }));

        const kept = paragraphs
          .map((runs) => normalize(runs.filter((run) => run.change !== 'delete').map((run) => run.text).join('')).trim())
          .filter((text) => text !== '');
        expect(texts(tree)).toEqual(kept);

        const deleted = paragraphs.flatMap((runs) => runs.filter((run) => run.change === 'delete').map((run) => run.text));
        expect(noSpace(removed.map((removal) => removal.text).join(''))).toBe(noSpace(deleted.join('')));
        for (const removal of removed) {
          expect(removal.reason).toBe('tracked-deletion');
          const runs = paragraphs[removal.line - 1];
          expect(runs?.some((run) => run.change === 'delete')).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('escapes what it must in the fixture helper', () => {
    expect(esc('<a & "b">')).toBe('&lt;a &amp; &quot;b&quot;&gt;');
  });
});
