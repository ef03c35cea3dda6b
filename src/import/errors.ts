import { LocalizedError } from '../errors.js';

/** The file cannot be imported; nothing is written for it. */
export class ImportError extends LocalizedError {}
