/** The words of `--watch`. */
import { words } from './index.js';

export const watchWords = words({
  watch: {
    da: 'Bliv ved: tjek eller byg igen, hver gang en standard gemmes (Ctrl-C afslutter)',
    en: 'Keep going: check or build again each time a standard is saved (Ctrl-C ends)',
  },
  waiting: {
    da: (folders: string[]) => `Holder øje med ${folders.join(', ')} … (Ctrl-C afslutter)`,
    en: (folders) => `Watching ${folders.join(', ')} … (Ctrl-C ends)`,
  },
  stopped: { da: 'Stoppet.', en: 'Stopped.' },
});
