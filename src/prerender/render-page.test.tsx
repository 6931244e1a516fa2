import { describe, expect, it } from 'vitest';
import { seedAsset } from '../../tests/render-app';
import { paths } from '../app/paths';
import { firstScreenEnd } from '../features/reader/first-screen';
import { renderPage } from './render-page';

const article = seedAsset();
const url = paths.article(article.slug);

describe('renderPage', () => {
  it('links the deferred stylesheet once, right after the paragraph that ends the first screen', () => {
    const { html, data } = renderPage(url, { article, stylesheet: '/assets/main-abc.css' });
    const links = html.match(/<link rel="stylesheet"[^>]*>/g) ?? [];
    expect(links).toEqual(['<link rel="stylesheet" href="/assets/main-abc.css"/>']);
    const last = article.paragraphs[firstScreenEnd(article.paragraphs)]!;
    const before = html.slice(0, html.indexOf(links[0]!));
    expect(before).toContain(`id="${last.id}"`);
    const next = article.paragraphs[firstScreenEnd(article.paragraphs) + 1];
    if (next) expect(before).not.toContain(`id="${next.id}"`);
    // The page data carries the address, so hydration renders the same link.
    expect(data.stylesheet).toBe('/assets/main-abc.css');
  });

  it('links nothing without an address', () => {
    expect(renderPage(url, { article }).html).not.toContain('<link');
  });
});
