import { messages } from '../index.js';

type Skip = { heading: string; depth: number; above: number };

const hashes = (depth: number) => '#'.repeat(depth);

export const headingIncrementMessages = messages({
  skipped: {
    da: ({ heading, depth, above }: Skip) =>
      `Overskriften "${heading}" (${hashes(depth)}) står under en overskrift på niveau ${above} (${hashes(above)}) og springer niveau ${above + 1} over. Folderen og pjecen indrykker afsnittet forkert.`,
    en: ({ heading, depth, above }) =>
      `The heading "${heading}" (${hashes(depth)}) follows a level-${above} heading (${hashes(above)}) and skips level ${above + 1}. The leaflet and the booklet nest the section wrongly.`,
  },
  useLevel: {
    da: ({ above }: Skip) => `Skriv ${hashes(above + 1)} foran overskriften (eller tilføj den manglende overskrift over den).`,
    en: ({ above }) => `Write ${hashes(above + 1)} before the heading (or add the missing heading above it).`,
  },
});
