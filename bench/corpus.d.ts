/** Types of corpus.js, for the TypeScript test. */
export interface Shares {
  errors: number;
  changes: number;
  duplicates: number;
}
export interface Traits {
  error: boolean;
  change: boolean;
  duplicate: boolean;
}
export interface GeneratedStandard {
  file: string;
  text: string;
  kommune: string;
  /** The bundled standard it was made from (file name in test/golden/). */
  base: string;
  traits: Traits;
  /** Requirement keys whose only section was removed (empty unless traits.error). */
  removed: string[];
}
export const generatorVersion: number;
export const defaultShares: Shares;
export function mulberry32(seed: number): () => number;
export function readBases(dir?: string): { name: string; text: string; city: string }[];
export function generateCorpus(options: { n: number; seed: number; shares?: Shares }): GeneratedStandard[];
export function corpusDir(n: number, seed: number): string;
export function ensureCorpus(options: { n: number; seed: number; shares?: Shares }): {
  dir: string;
  standards: string;
  files: string[];
  generated: boolean;
};
export function corpusHash(standards: string): string;
