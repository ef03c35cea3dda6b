/**
 * Bullets of every kind in plain text (•, ❖, , ▪, –, -, a), 1)) become
 * Markdown list items, so the structure survives.
 */
import type { Line } from '../lines.js';

const bullet = /^(\s*)(?:[•❖▪●○◦■□➢►✓]|\uf0b7|\uf0a7|\uf076|[-–*])\s+(?=\S)/u;
const lettered = /^(\s*)(?:[a-zæøå]|\d{1,2})\)\s+(?=\S)/u;

export function markBullets(lines: Line[]): Line[] {
  return lines.map((line) => ({
    ...line,
    // "a) tekst" keeps its letter: "- a) tekst".
    text: line.text.replace(bullet, '$1- ').replace(lettered, (all, indent: string) => `${indent}- ${all.slice(indent.length)}`),
  }));
}

export function isBulletLine(text: string): boolean {
  return /^\s*- \S/.test(text);
}
