/**
 * Writes the Word documents of test/corpus/docx/ that are made with the
 * `docx` package (blocks.docx is LibreOffice's, from blocks.html):
 *
 *   node test/corpus/docx/generate.mjs
 *
 * notes.docx    footnotes holding web links (their own relationships part)
 * pictures.docx pictures with alt text, inline and alone in a paragraph
 * moves.docx    a paragraph moved with tracked changes on, and an insertion
 *
 * The package writes no tracked moves, so the moved runs are written as a
 * deletion and an insertion by an author named "Flytning" and then renamed to
 * w:moveFrom / w:moveTo, as Word writes them. The text is our own.
 */
import { Buffer } from 'node:buffer';
import { writeFileSync } from 'node:fs';
import { unzipSync, zipSync, strFromU8, strToU8 } from 'fflate';
import {
  DeletedTextRun,
  Document,
  ExternalHyperlink,
  FootnoteReferenceRun,
  HeadingLevel,
  ImageRun,
  InsertedTextRun,
  Packer,
  Paragraph,
  TextRun,
} from 'docx';

const here = (name) => new URL(name, import.meta.url);
const date = '2026-12-07T10:00:00Z';
const heading = (text, level = HeadingLevel.HEADING_1) => new Paragraph({ heading: level, children: [new TextRun(text)] });
const para = (...children) => new Paragraph({ children: children.map((child) => (typeof child === 'string' ? new TextRun(child) : child)) });
const link = (text, url) => new ExternalHyperlink({ link: url, children: [new TextRun({ text, style: 'Hyperlink' })] });

// A 2×2 PNG and a 1×1 GIF, small and valid.
const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGP4z8DAwMDAxMDAwMDAAAANHQEDasKb6QAAAABJRU5ErkJggg==', 'base64');
const gif = Buffer.from('R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==', 'base64');

async function save(name, document, patch = (xml) => xml) {
  const bytes = new Uint8Array(await Packer.toBuffer(document));
  const files = unzipSync(bytes);
  files['word/document.xml'] = strToU8(patch(strFromU8(files['word/document.xml'])));
  // Fixed times (the package stamps the document with now); only the link relationship ids, which the package draws at random, differ between runs.
  const core = strFromU8(files['docProps/core.xml']).replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*/g, `$1${date}`);
  files['docProps/core.xml'] = strToU8(core);
  writeFileSync(here(name), zipSync(files, { mtime: new Date('2026-12-07T10:00:00Z') }));
}

await save(
  'notes.docx',
  new Document({
    creator: 'kvs test',
    footnotes: {
      1: { children: [para('Se ', link('serviceloven § 101', 'https://www.retsinformation.dk/eli/lta/2024/909'), ' om behandling af stofmisbrug.')] },
      2: { children: [para('Frit valg: ', link('sundhed.dk', 'https://www.sundhed.dk/'), ' og ', link('kommunens side', 'https://www.example.org/frit-valg'), '.')] },
    },
    sections: [
      {
        children: [
          heading('Behandling af stofmisbrug'),
          para('Du har ret til behandling senest 14 dage efter din henvendelse.', new FootnoteReferenceRun(1)),
          para('Du kan vælge et andet tilbud', new FootnoteReferenceRun(2), ' af samme slags.'),
          para('Læs mere på ', link('kommunens hjemmeside', 'https://www.example.org/stof'), '.'),
        ],
      },
    ],
  }),
);

const picture = (data, type, width, description) =>
  new ImageRun({ type, data, transformation: { width, height: width }, altText: { name: description, title: description, description } });

await save(
  'pictures.docx',
  new Document({
    creator: 'kvs test',
    sections: [
      {
        children: [
          heading('Hvor ligger vi'),
          para('Rusmiddelcentret ligger ved stationen: ', picture(png, 'png', 40, 'Kort over området ved stationen')),
          para(picture(gif, 'gif', 20, 'Indgangen fra gaden')),
          para('Der er adgang for kørestole.'),
        ],
      },
    ],
  }),
);

const mover = { id: 0, author: 'Flytning', date };
await save(
  'moves.docx',
  new Document({
    creator: 'kvs test',
    sections: [
      {
        children: [
          heading('Sådan kommer du i gang'),
          para(new DeletedTextRun({ ...mover, id: 1, text: 'Ring til rådgivningen på hverdage mellem 9 og 15.' })),
          para('Du kan henvende dig uden at være henvist af din læge.'),
          para('Samtalen er gratis', new InsertedTextRun({ id: 3, author: 'Anna', date, text: ' og kan være anonym' }), '.'),
          para(new InsertedTextRun({ ...mover, id: 2, text: 'Ring til rådgivningen på hverdage mellem 9 og 15.' })),
        ],
      },
    ],
  }),
  // The package writes deletions and insertions only; Word writes a move as moveFrom/moveTo with w:t inside.
  (xml) =>
    xml
      .replace(/<w:del ([^>]*w:author="Flytning"[^>]*)>([\s\S]*?)<\/w:del>/g, (_, attrs, body) => `<w:moveFrom ${attrs}>${body.replace(/w:delText/g, 'w:t')}</w:moveFrom>`)
      .replace(/<w:ins ([^>]*w:author="Flytning"[^>]*)>([\s\S]*?)<\/w:ins>/g, '<w:moveTo $1>$2</w:moveTo>'),
);
