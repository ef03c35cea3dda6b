import type { Localized } from './types.js';

/**
 * Bad usage or configuration: the CLI prints the message and exits 2.
 * Anything else thrown is a bug in the tool, not the user's mistake.
 */
export class UsageError extends Error {
  readonly localized: Localized;

  constructor(message: Localized) {
    super(message.en);
    this.name = 'UsageError';
    this.localized = message;
  }
}
