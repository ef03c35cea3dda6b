/** Dates written the Danish way, day first (1.3.2024, 01-03-2024, 1. marts 2024), read as ISO dates. */

const months: Record<string, number> = {
  januar: 1, februar: 2, marts: 3, april: 4, maj: 5, juni: 6, juli: 7, august: 8, september: 9, oktober: 10, november: 11, december: 12,
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, okt: 10, nov: 11, dec: 12,
};

/** An ISO date for a date written day first, or undefined when it is not one (or not a real day). */
export function isoDate(written: string): string | undefined {
  const text = written.trim().toLowerCase();
  const numeric = /^(\d{1,2})\s*[./-]\s*(\d{1,2})\s*[./-]\s*(\d{4})$/u.exec(text);
  const named = /^(\d{1,2})\.?\s+([a-zæøå]+)\.?\s+(\d{4})$/u.exec(text);
  const [day, month, year] = numeric
    ? [Number(numeric[1]), Number(numeric[2]), Number(numeric[3])]
    : named && months[named[2]!]
      ? [Number(named[1]), months[named[2]!]!, Number(named[3])]
      : [0, 0, 0];
  if (year === 0) return undefined;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return date.toISOString().slice(0, 10);
}
