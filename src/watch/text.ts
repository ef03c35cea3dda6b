/** Messages of `--watch` and `kvs preview`, Danish first. */
import type { Lang } from '../types.js';

export const watchText = {
  da: {
    watch: 'Bliv ved: tjek eller byg igen, hver gang en standard gemmes (Ctrl-C afslutter)',
    waiting: (folders: string[]) => `Holder øje med ${folders.join(', ')} … (Ctrl-C afslutter)`,
    stopped: 'Stoppet.',
  },
  en: {
    watch: 'Keep going: check or build again each time a standard is saved (Ctrl-C ends)',
    waiting: (folders: string[]) => `Watching ${folders.join(', ')} … (Ctrl-C ends)`,
    stopped: 'Stopped.',
  },
} satisfies Record<Lang, unknown>;
