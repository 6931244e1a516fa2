// The off-the-shelf baseline the analysis is measured against: compromise for
// people, places and organisations, chrono-node for dates, no quotes. Same
// blocks as Lede (stages 1–2), so only the finding differs. Prints JSON Lines of
// article assets, like `npm run analyze`, for the shared scorer:
//   node ../shared/eval/score.mjs --gold DIR --cmd "npm run --silent baseline --"
import * as chrono from 'chrono-node';
import nlp from 'compromise';
import { readFileSync } from 'node:fs';
import { Diagnostics } from '../src/pipeline/diagnostics';
import { decodeText, readSource } from '../src/pipeline/stages/01-read-source';
import { splitBlocks } from '../src/pipeline/stages/02-paragraphs';

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

function timexValue(c: chrono.ParsedComponents): string {
  const y = c.get('year')!;
  if (!c.isCertain('month') && !c.isCertain('day')) return String(y);
  if (!c.isCertain('day')) return `${y}-${pad(c.get('month')!)}`;
  return `${y}-${pad(c.get('month')!)}-${pad(c.get('day')!)}`;
}

for (const file of process.argv.slice(2)) {
  const diag = new Diagnostics(file);
  const text = decodeText(readFileSync(file), diag);
  const source = text === null ? null : readSource(text, diag);
  const blocks = source && splitBlocks(source.lines, diag);
  if (!source || !blocks) {
    console.log(JSON.stringify({ title: { id: 'none', text: '' }, paragraphs: [], entities: [], quotes: [], events: [] }));
    continue;
  }
  const all = [blocks.title, ...(blocks.dek ? [blocks.dek] : []), ...blocks.paragraphs];
  const published = source.published ? new Date(`${source.published}T12:00:00Z`) : new Date(Date.UTC(2000, 0, 1));
  const entities: { id: string; name: string; type: string; mentions: object[] }[] = [];
  const events: object[] = [];
  for (const b of all) {
    const doc = nlp(b.text);
    for (const [type, view] of [['person', doc.people()], ['place', doc.places()], ['organization', doc.organizations()]] as const) {
      for (const m of view.json({ offset: true }) as { text: string; offset: { start: number; length: number } }[]) {
        const t = m.text.replace(/[\s,.;:!?'’"“”]+$/u, '');
        entities.push({ id: `e${entities.length}`, name: t, type, mentions: [{ block: b.id, start: m.offset.start, end: m.offset.start + t.length, text: t }] });
      }
    }
    for (const r of chrono.parse(b.text, published)) {
      events.push({ block: b.id, start: r.index, end: r.index + r.text.length, text: r.text, value: timexValue(r.start) });
    }
  }
  console.log(JSON.stringify({ title: blocks.title, dek: blocks.dek, paragraphs: blocks.paragraphs, entities, quotes: [], events }));
}
