import type { Block } from '../../shared/article-asset';
import { MAYBE_FINAL_ABBREVIATIONS, NAME_PREFIX_ABBREVIATIONS, NON_FINAL_ABBREVIATIONS, TITLE_ABBREVIATIONS } from '../lexicon/abbreviations';

/** A word of a block. Offsets are UTF-16 code units into the block's text, end exclusive. */
export interface Token {
  text: string;
  start: number;
  end: number;
  /** The token ends in 's or ’s, which `text` leaves out. */
  possessive: boolean;
}

export interface Sentence {
  block: string;
  /** Offsets into the block's text. */
  start: number;
  end: number;
  text: string;
  tokens: Token[];
  /** Index of the sentence in the whole article, in reading order. */
  index: number;
}

// (A lone "&" between capitalised words is a word too: "Procter & Gamble".)
const WORD = /[\p{L}\p{N}\p{M}]+(?:(?:['’\-.&]|\u2010|\u2011)[\p{L}\p{N}\p{M}]+)*|(?<=\p{Lu}[\p{L}.]*\s)&(?=\s+\p{Lu})/gu;

export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    let word = m[0];
    let start = m.index + offset;
    let end = start + word.length;
    // Initials and dotted abbreviations keep their final period: "U.S.", "L.", "Jan.".
    const next = text[m.index + word.length];
    // So do titles before a name: "Virginia Gov. Ralph Northam" is one run of names.
    // (And the short first word of a place's name: "St. Mary's Hospital".)
    const title = (TITLE_ABBREVIATIONS.has(word.toLowerCase()) || (NAME_PREFIX_ABBREVIATIONS.has(word.toLowerCase()) && /^\p{Lu}/u.test(word))) &&
      /^\.\s+\p{Lu}/u.test(text.slice(m.index + word.length));
    if (next === '.' && (/^(?:\p{L}\.)+\p{L}$/u.test(word) || /^\p{Lu}$/u.test(word) && !governedLetter(text, m.index) || title)) {
      word += '.';
      end++;
    }
    let possessive = false;
    const poss = /['’][sS]$/.exec(word);
    if (poss && word.length > 2) {
      word = word.slice(0, -2);
      end -= 2;
      possessive = true;
    }
    tokens.push({ text: word, start, end, possessive });
  }
  return tokens;
}

const OPENERS = /["'“‘«(\[]/;
const CLOSERS = /["'”’»)\]]/;

/**
 * A capital letter alone is an initial ("L. Ron Hubbard"), but not one a preposition governs,
 * which is a name of its own: "wrote on X. European Commission President …".
 */
const governedLetter = (text: string, at: number) => /\b(?:on|in|at|via|onto|into|across)\s+$/.test(text.slice(Math.max(0, at - 8), at));

/** Whether the period at `at` (an index into `text`) ends a sentence. */
function periodEndsSentence(text: string, at: number): boolean {
  const before = /([\p{L}\p{N}.]+)$/u.exec(text.slice(Math.max(0, at - 20), at))?.[1] ?? '';
  const word = before.toLowerCase();
  let j = at + 1;
  while (j < text.length && (CLOSERS.test(text[j]!) || text[j] === '.')) j++;
  if (j < text.length && !/\s/.test(text[j]!)) return false;
  while (j < text.length && /\s/.test(text[j]!)) j++;
  if (j >= text.length) return true;
  const nextChar = text[j]!;
  const nextWord = /^[\p{L}\p{N}]+/u.exec(text.slice(j))?.[0] ?? '';
  if (/^\p{Ll}/u.test(nextChar)) return false;
  if (/^\p{Lu}$/u.test(before)) return governedLetter(text, at - 1) && /^\p{Lu}/u.test(nextChar);
  if (NON_FINAL_ABBREVIATIONS.has(word) && !MAYBE_FINAL_ABBREVIATIONS.has(word)) return false;
  if (/^(?:\p{L}\.)+\p{L}?$/u.test(before)) {
    // "U.S." ends a sentence only when a usual sentence opener follows.
    return /^(?:The|A|An|He|She|It|They|We|I|In|On|But|And|This|That|There|His|Her|Their|Its|As|At|For|After|Before|When|While|If)$/.test(nextWord);
  }
  return /\p{Lu}|\p{N}/u.test(nextChar) || OPENERS.test(nextChar) || /[^\p{L}\p{N}\s]/u.test(nextChar);
}

/** Sentence spans of one block's text: [start, end) pairs, trimmed. */
export function sentenceSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    let boundary = false;
    if (c === '!' || c === '?' || c === '…') {
      boundary = true;
      let j = i + 1;
      while (j < text.length && (CLOSERS.test(text[j]!) || /[!?]/.test(text[j]!))) j++;
      const after = text.slice(j).match(/^\s+(.)/u)?.[1];
      boundary = j >= text.length || (after !== undefined && !/\p{Ll}/u.test(after));
    } else if (c === '.') {
      boundary = periodEndsSentence(text, i);
    }
    if (!boundary) continue;
    let end = i + 1;
    while (end < text.length && (CLOSERS.test(text[end]!) || /[.!?]/.test(text[end]!))) end++;
    // A closing quote belongs to this sentence only when a space follows it.
    push(spans, text, start, end);
    start = end;
    i = end - 1;
  }
  push(spans, text, start, text.length);
  return spans;
}

function push(spans: Array<[number, number]>, text: string, start: number, end: number): void {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end > start) spans.push([start, end]);
}

export function splitSentences(blocks: readonly Block[]): Sentence[] {
  const out: Sentence[] = [];
  for (const b of blocks) {
    for (const [start, end] of sentenceSpans(b.text)) {
      const text = b.text.slice(start, end);
      out.push({ block: b.id, start, end, text, tokens: tokenize(text, start), index: out.length });
    }
  }
  return out;
}
