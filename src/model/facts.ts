/**
 * Facts stated in the accepted text. (Being written: extraction follows.)
 */
import type { Facts, Standard } from '../types.js';

export function emptyFacts(): Facts {
  return {
    guaranteeDays: [],
    complaintDays: [],
    followUpMonths: [],
    ageLimits: [],
    phones: [],
    emails: [],
    urls: [],
    legalReferences: [],
    revisionYears: [],
    anonymous: [],
  };
}

export function extractFacts(_standard: Omit<Standard, 'facts'>): Facts {
  return emptyFacts();
}
