// Regenerates docs/rules.md from the rule data (run after `npm run build`).
import { writeFileSync } from 'node:fs';
import { rulesMarkdown } from '../dist/docs/rules-doc.js';

writeFileSync(new URL('../docs/rules.md', import.meta.url), rulesMarkdown());
