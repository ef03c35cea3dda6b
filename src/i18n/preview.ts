/** The words of `kvs preview`. */
import { words } from './index.js';

export const previewWords = words({
  preview: {
    da: 'Vis output/ i browseren på denne computer (kun 127.0.0.1) og genindlæs siden, når en standard gemmes',
    en: 'Show output/ in the browser on this computer (127.0.0.1 only) and reload the page when a standard is saved',
  },
  port: { da: 'Porten serveren lytter på (0 = en ledig port)', en: 'The port the server listens on (0 = any free port)' },
  badPort: {
    da: (value: string) => `--port skal være et tal fra 0 til 65535, ikke "${value}".`,
    en: (value) => `--port must be a number from 0 to 65535, not "${value}".`,
  },
  portTaken: {
    da: (port: number) => `Port ${port} er optaget af et andet program. Vælg en anden med --port, fx --port 0 for en ledig port.`,
    en: (port) => `Port ${port} is used by another program. Choose another with --port, e.g. --port 0 for a free port.`,
  },
  serving: {
    da: (url: string, out: string) => `Viser ${out}/ på ${url} (kun denne computer). Siden genindlæses, når en standard gemmes.`,
    en: (url, out) => `Serving ${out}/ at ${url} (this computer only). The page reloads when a standard is saved.`,
  },
});
