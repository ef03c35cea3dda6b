import { messages } from '../index.js';

type Invalid = { found: string; paragraph: string; lastStk: number };

export const invalidReferenceMessages = messages({
  beyondLast: {
    da: ({ found, paragraph, lastStk }: Invalid) =>
      `"${found}" findes ikke: serviceloven § ${paragraph} har på tjekdatoen kun stk. 1-${lastStk}. Ret henvisningen til det stykke, teksten handler om.`,
    en: ({ found, paragraph, lastStk }) =>
      `"${found}" does not exist: on the check date Social Services Act § ${paragraph} has only stk. 1-${lastStk}. Correct the reference to the stk. the text is about.`,
  },
});
