// Generated edits of an article's paragraphs (insert, delete, reorder, reword),
// tracking which paragraph each one was, so a test can tell whether a link made
// before the edit still lands on the same paragraph after it.
import { generateParagraph } from './generate-article';

export type EditKind = 'insert' | 'delete' | 'reorder' | 'reword';
export const EDIT_KINDS: readonly EditKind[] = ['insert', 'delete', 'reorder', 'reword'];

/** A paragraph with the index it had before the edits (null for a new one). */
export interface Tracked {
  text: string;
  origin: number | null;
}

const REWORDINGS: ReadonlyArray<(words: string[], rand: () => number) => string[]> = [
  // A word swapped for another.
  (w, r) => w.map((x, i) => (i === 1 + Math.floor(r() * (w.length - 1)) ? 'reportedly' : x)),
  // A clause added at the end.
  (w) => [...w.slice(0, -1), `${w[w.length - 1]!.replace(/[.!?]$/, '')},`, 'officials', 'said.'],
  // A word dropped.
  (w, r) => w.filter((_, i) => i !== Math.floor(r() * w.length) || w.length < 4),
  // A typo fixed (or made): one letter changed.
  (w, r) => {
    const i = Math.floor(r() * w.length);
    const x = w[i]!;
    return w.map((y, k) => (k === i && x.length > 3 ? `${x.slice(0, 2)}${x[3]}${x[2]}${x.slice(4)}` : y));
  },
  // The opening rewritten: "On Monday, …" put in front.
  (w) => ['On', 'Monday,', w[0]!.toLowerCase(), ...w.slice(1)],
];

/** Applies one edit of `kind` to the paragraphs; returns what it did, for the report. */
export function applyEdit(ps: Tracked[], kind: EditKind, rand: () => number): Tracked[] {
  const out = ps.slice();
  const at = Math.floor(rand() * out.length);
  switch (kind) {
    case 'insert':
      out.splice(Math.floor(rand() * (out.length + 1)), 0, { text: generateParagraph(rand), origin: null });
      break;
    case 'delete':
      if (out.length > 1) out.splice(at, 1);
      break;
    case 'reorder': {
      const [moved] = out.splice(at, 1);
      out.splice(Math.floor(rand() * (out.length + 1)), 0, moved!);
      break;
    }
    case 'reword': {
      const words = out[at]!.text.split(' ');
      const reword = REWORDINGS[Math.floor(rand() * REWORDINGS.length)]!;
      out[at] = { text: reword(words, rand).join(' '), origin: out[at]!.origin };
      break;
    }
  }
  return out;
}
