// Links to every paragraph, made before a generated edit, followed after it with
// the reader's own resolver: how many land on the same paragraph, and where the
// links to removed paragraphs land. Used by the test and by `npm run bench:links`.
import { analyzeText } from '../../src/pipeline/analyze-article';
import { resolveParagraph } from '../../src/features/reader/closest-paragraph';
import { EDIT_KINDS, type EditKind, type Tracked, applyEdit } from './edit-article';
import { random } from './generate-article';

export interface Tally {
  links: number;
  /** Links whose paragraph is still there (perhaps reworded). */
  surviving: number;
  /** …of which landed on it. */
  kept: number;
  /** Links whose paragraph was deleted. */
  removed: number;
  /** …of which landed on a paragraph next to where it was, with a notice. */
  nearNeighbour: number;
  /** Links that landed anywhere but their paragraph without a notice (must be 0). */
  silentlyWrong: number;
  /** Links to a removed paragraph whose notice wrongly said "edited". */
  wronglyEdited: number;
  /** Links to an edited paragraph whose notice said "edited" (the rest said "closest"). */
  saidEdited: number;
}

const empty = (): Tally => ({ links: 0, surviving: 0, kept: 0, removed: 0, nearNeighbour: 0, silentlyWrong: 0, wronglyEdited: 0, saidEdited: 0 });

/** The blocks that are the given paragraphs, in order (an edit can turn the first one into a dek). */
function analyse(head: string, paragraphs: readonly string[]) {
  const { asset } = analyzeText('edited.txt', `${head}${paragraphs.join('\n')}\n`);
  if (!asset) throw new Error('an edited article was rejected');
  const blocks = [asset.title, ...(asset.dek ? [asset.dek] : []), ...asset.paragraphs];
  return { paragraphs: blocks.slice(blocks.length - paragraphs.length) };
}

/** Runs `trials` edits of each kind on each article (front matter + title + dek kept as `head`). */
export function linkSurvival(articles: readonly { head: string; paragraphs: string[] }[], trials: number, seed = 1): Record<EditKind, Tally> {
  const rand = random(seed);
  const tallies = Object.fromEntries(EDIT_KINDS.map((k) => [k, empty()])) as Record<EditKind, Tally>;
  for (const article of articles) {
    const before = analyse(article.head, article.paragraphs).paragraphs;
    for (const kind of EDIT_KINDS) {
      for (let t = 0; t < trials; t++) {
        const tracked: Tracked[] = article.paragraphs.map((text, origin) => ({ text, origin }));
        const edited = applyEdit(tracked, kind, rand);
        const after = analyse(article.head, edited.map((p) => p.text)).paragraphs;
        const tally = tallies[kind];
        before.forEach((old, origin) => {
          tally.links++;
          const target = resolveParagraph(`#${old.id}`, after);
          const landed = target ? after.findIndex((p) => p.id === target.id) : -1;
          const now = edited.findIndex((p) => p.origin === origin);
          if (now >= 0) {
            tally.surviving++;
            if (landed === now) tally.kept++;
            else if (target?.exact) tally.silentlyWrong++;
            if (landed === now && target?.edited) tally.saidEdited++;
          } else {
            tally.removed++;
            if (target?.exact) tally.silentlyWrong++;
            if (target?.edited) tally.wronglyEdited++;
            // Where its neighbours are now: the paragraphs just before and after it.
            const neighbours = [origin - 1, origin + 1].map((o) => edited.findIndex((p) => p.origin === o)).filter((i) => i >= 0);
            if (!target?.exact && neighbours.includes(landed)) tally.nearNeighbour++;
          }
        });
      }
    }
  }
  return tallies;
}

/** Splits an article's text into what stays (front matter, title, dek) and its paragraphs. */
export function splitArticle(text: string): { head: string; paragraphs: string[] } {
  const { asset } = analyzeText('a.txt', text);
  if (!asset) throw new Error('article rejected');
  const lines = text.split('\n');
  const firstParagraph = lines.indexOf(asset.paragraphs[0]!.text);
  return { head: `${lines.slice(0, firstParagraph).join('\n')}\n`, paragraphs: asset.paragraphs.map((p) => p.text) };
}
