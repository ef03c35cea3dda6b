/** What is wrong with kvs.config.json. */
import { words } from './index.js';

export const configWords = words({
  unreadable: {
    da: (path: string, reason: string) => `Kan ikke læse config-filen ${path}: ${reason}`,
    en: (path, reason) => `Cannot read the config file ${path}: ${reason}`,
  },
  notJson: { da: (path: string, detail: string) => `${path} er ikke gyldig JSON: ${detail}`, en: (path, detail) => `${path} is not valid JSON: ${detail}` },
  invalid: { da: (path: string, problems: string) => `${path} er ugyldig: ${problems}`, en: (path, problems) => `${path} is invalid: ${problems}` },
  /** A colour that is not hex: the theme takes hex only (AJV's own message says the pattern). */
  notHexColour: {
    da: (where: string) => `${where} skal være en hex-farve som "#1f4e79"`,
    en: (where) => `${where} must be a hex colour such as "#1f4e79"`,
  },
  unknownRules: {
    da: (path: string, rules: string) => `${path} nævner ukendte regler: ${rules}. Se \`kvs rules\`.`,
    en: (path, rules) => `${path} names unknown rules: ${rules}. See \`kvs rules\`.`,
  },
});
