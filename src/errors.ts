import type { Localized } from './types.js';

/** A mistake in what the user gave us, with a message in both languages that says what to do. */
export class LocalizedError extends Error {
  readonly localized: Localized;

  constructor(message: Localized) {
    super(message.en);
    this.name = new.target.name;
    this.localized = message;
  }
}

/**
 * Bad usage or configuration: the CLI prints the message and exits 2.
 * Anything else thrown is a bug in the tool, not the user's mistake.
 */
export class UsageError extends LocalizedError {}
