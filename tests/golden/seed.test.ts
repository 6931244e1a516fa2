// Golden test of the seed article's asset: any change to the analysis that changes
// the seed's asset shows up here as a diff to review. See README.md beside this file.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { seedAsset } from '../render-app';

const GOLDEN = path.join(import.meta.dirname, '000_1ce6ff2acc3b6395.asset.json');

describe('seed article asset', () => {
  const asset = seedAsset();

  it('matches the reviewed golden file', () => {
    if (process.env.UPDATE_GOLDEN) writeFileSync(GOLDEN, `${JSON.stringify(asset, null, 2)}\n`);
    expect(asset).toEqual(JSON.parse(readFileSync(GOLDEN, 'utf8')));
  });

  it('has the timeline the issue asks for', () => {
    const dated = asset.events.map((e) => `${e.value}${e.mod ? ` ${e.mod}` : ''}`);
    expect(dated).toEqual(expect.arrayContaining(['1933', '2022 START', '2023-09', '2023-10', '2023-11-16']));
  });

  it('has only spans that point at their text', () => {
    const blocks = new Map([asset.title, ...(asset.dek ? [asset.dek] : []), ...asset.paragraphs].map((b) => [b.id, b.text]));
    const spans = [...asset.entities.flatMap((e) => e.mentions), ...asset.quotes, ...asset.events];
    for (const s of spans) expect(blocks.get(s.block)!.slice(s.start, s.end)).toBe(s.text);
  });
});
