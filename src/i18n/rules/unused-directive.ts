import { messages } from '../index.js';

export const unusedDirectiveMessages = messages({
  unused: {
    da: ({ rules }: { rules: readonly string[] }) => `Kommentaren slår ${rules.join(', ')} fra, men der er intet fund at slå fra her. Slet den.`,
    en: ({ rules }) => `The comment switches ${rules.join(', ')} off, but there is no finding to switch off here. Delete it.`,
  },
});
