/**
 * The one module that imports the `docx` package. `npm run build` (scripts/bundle.js)
 * replaces its compiled file with a bundle of the parts of docx listed here, so the
 * published package carries docx (and its nanoid) inside dist/ instead of depending on
 * it: nanoid 6 asks for Node 22 in engines, and npm `overrides` reach only this
 * repository, so a kommune installing the tarball on Node 20 got an EBADENGINE warning.
 */
export {
  AlignmentType,
  BorderStyle,
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  DeletedTextRun,
  Document,
  ExternalHyperlink,
  FootnoteReferenceRun,
  HeadingLevel,
  InsertedTextRun,
  LevelFormat,
  Packer,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
export type { FileChild, ILevelsOptions, INumberingOptions, IParagraphStyleOptions, IPropertiesOptions, IRunOptions, ParagraphChild } from 'docx';
