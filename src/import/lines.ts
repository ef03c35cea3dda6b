/** A line of source text with its 1-based line number in the original file. */
export interface Line {
  text: string;
  line: number;
}

export function toLines(text: string): Line[] {
  return text.split(/\r\n|\r|\n/).map((value, index) => ({ text: value, line: index + 1 }));
}

export function fromLines(lines: Line[]): string {
  return lines.map((l) => l.text).join('\n');
}

export const isBlank = (l: Line | undefined): boolean => l === undefined || l.text.trim() === '';
