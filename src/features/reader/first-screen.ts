/**
 * About a first screen of text: the reading column at a desktop width and height holds
 * the title and some 2,000 characters of paragraphs (the legend is beside them). Erring
 * long costs a little more work before the first paint; erring short leaves the largest
 * paragraph in view for a second paint.
 */
export const FIRST_SCREEN_CHARS = 2000;

/** The index of the paragraph that ends the first screen: the one whose text reaches `chars` (the last one if none does). */
export function firstScreenEnd(paragraphs: readonly { text: string }[], chars = FIRST_SCREEN_CHARS): number {
  let total = 0;
  for (let i = 0; i < paragraphs.length; i++) {
    total += paragraphs[i]!.text.length;
    if (total >= chars) return i;
  }
  return paragraphs.length - 1;
}
