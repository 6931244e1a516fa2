import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { analyse, renderAt, secondAsset, seedAsset } from '../../../tests/render-app';

const seed = seedAsset();
const slug = seed.slug;
const person = seed.entities.find((e) => e.type === 'person' && e.mentions.length > 0)!;

describe('library', () => {
  it('lists every article newest first with its counts', async () => {
    renderAt('/', [seed, secondAsset()]);
    const items = await screen.findAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(within(items[0]!).getByRole('link')).toHaveTextContent('Harbour town votes');
    expect(within(items[1]!).getByRole('link')).toHaveTextContent(seed.title.text);
    expect(items[1]).toHaveTextContent(`${seed.quotes.length} quotes`);
  });
});

describe('reading view', () => {
  it('shows the article with every paragraph anchored by its id', async () => {
    const { container } = renderAt(`/articles/${slug}`);
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent(seed.title.text);
    for (const p of seed.paragraphs) expect(container.querySelector(`p[id="${p.id}"]`)).toHaveTextContent(p.text.slice(0, 30));
  });

  it('highlights mentions as buttons named by their text, with the entity id', async () => {
    renderAt(`/articles/${slug}`);
    const buttons = await screen.findAllByRole('button', { name: person.mentions[0]!.text });
    expect(buttons.some((b) => b.getAttribute('data-entity') === person.id)).toBe(true);
  });

  it('shows a card for the mention under the pointer or with focus, and describes the mention by it', async () => {
    const user = userEvent.setup();
    renderAt(`/articles/${slug}`);
    const mention = (await screen.findAllByRole('button', { name: person.mentions[0]!.text })).find((b) => b.dataset.entity === person.id)!;
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
    await user.hover(mention);
    expect(await screen.findByRole('tooltip')).toHaveTextContent(person.name);
    expect(mention).toHaveAccessibleDescription(expect.stringContaining(person.name));
    await user.unhover(mention);
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
    expect(mention).not.toHaveAttribute('aria-describedby');
    mention.focus();
    expect(await screen.findByRole('tooltip')).toHaveTextContent(`${person.mentions.length} mention`);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
    await user.hover(mention);
    expect(await screen.findByRole('tooltip')).toBeInTheDocument();
    await user.click(mention);
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
  });

  it('filters by a clicked entity, updates the URL, and clears', async () => {
    const user = userEvent.setup();
    const { router } = renderAt(`/articles/${slug}`);
    const mention = (await screen.findAllByRole('button', { name: person.mentions[0]!.text })).find((b) => b.dataset.entity === person.id)!;
    await user.click(mention);
    await waitFor(() => expect(router.state.location.search).toBe(`?entity=${person.id}`));
    expect((await screen.findAllByRole('button', { name: /paragraphs? hidden/ })).length).toBeGreaterThan(0);
    const quotes = screen.getByRole('complementary', { name: 'Quotes' });
    const shown = within(quotes).queryAllByRole('listitem').length;
    expect(shown).toBeLessThan(seed.quotes.length);
    await user.click(screen.getAllByRole('button', { name: 'Clear filter' })[0]!);
    await waitFor(() => expect(router.state.location.search).toBe(''));
    await waitFor(() => expect(within(quotes).getAllByRole('listitem')).toHaveLength(seed.quotes.length));
  });

  it('puts a mention in the Tab order and toggles it from the keyboard as a button: Enter, then Space', async () => {
    const user = userEvent.setup();
    const { router } = renderAt(`/articles/${slug}`);
    const mention = (await screen.findAllByRole('button', { name: person.mentions[0]!.text })).find((b) => b.dataset.entity === person.id)!;
    expect(mention).toHaveAttribute('tabindex', '0');
    mention.focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(router.state.location.search).toBe(`?entity=${person.id}`));
    await waitFor(() => expect(mention).toHaveAttribute('aria-pressed', 'true'));
    await user.keyboard(' ');
    await waitFor(() => expect(router.state.location.search).toBe(''));
    await waitFor(() => expect(mention).toHaveAttribute('aria-pressed', 'false'));
  });

  it('builds a second quick toggle on the first, before the first has rendered', async () => {
    const { router } = renderAt(`/articles/${slug}`);
    const mention = (await screen.findAllByRole('button', { name: person.mentions[0]!.text })).find((b) => b.dataset.entity === person.id)!;
    fireEvent.keyDown(mention, { key: 'Enter' });
    fireEvent.keyDown(mention, { key: 'Enter' });
    await waitFor(() => expect(screen.queryByText('Filtering…')).not.toBeInTheDocument());
    expect(router.state.location.search).toBe('');
    expect(mention).toHaveAttribute('aria-pressed', 'false');
  });

  it('answers a filter click with "Filtering…" at once, and filters after that is painted', async () => {
    const { router } = renderAt(`/articles/${slug}`);
    const mention = (await screen.findAllByRole('button', { name: person.mentions[0]!.text })).find((b) => b.dataset.entity === person.id)!;
    fireEvent.click(mention);
    expect(screen.getByText('Filtering…')).toHaveAttribute('role', 'status');
    expect(router.state.location.search).toBe('');
    await waitFor(() => expect(router.state.location.search).toBe(`?entity=${person.id}`));
    await waitFor(() => expect(screen.queryByText('Filtering…')).not.toBeInTheDocument());
    expect(mention).toHaveAttribute('aria-pressed', 'true');
  });

  it('reads the filter from the URL and goes back through history', async () => {
    const user = userEvent.setup();
    const { router } = renderAt(`/articles/${slug}?entity=${person.id}`);
    const legend = await screen.findByRole('navigation', { name: 'Entities' });
    const chip = within(legend).getByRole('button', { name: new RegExp(`^${person.name}`), pressed: true });
    await user.click(chip);
    await waitFor(() => expect(router.state.location.search).toBe(''));
    await router.navigate(-1);
    await waitFor(() => expect(router.state.location.search).toBe(`?entity=${person.id}`));
    expect(await within(legend).findByRole('button', { name: new RegExp(`^${person.name}`), pressed: true })).toBeInTheDocument();
  });

  it('moves with j and k through the paragraphs a filter shows, skipping folded ones', async () => {
    const user = userEvent.setup();
    renderAt(`/articles/${slug}?entity=${person.id}`);
    await screen.findAllByRole('button', { name: /paragraphs? hidden/ });
    const shownParagraphs = () => [...document.querySelectorAll<HTMLElement>('p.paragraph')].filter((p) => !p.closest('[hidden]'));
    const shown = shownParagraphs();
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.length).toBeLessThan(seed.paragraphs.length);
    await user.keyboard('j');
    expect(document.activeElement).toBe(shown[0]);
    await user.keyboard('j');
    expect(document.activeElement).toBe(shown[Math.min(1, shown.length - 1)]);
    await user.keyboard('k');
    expect(document.activeElement).toBe(shown[0]);
  });

  it('copies a paragraph link and says so in the page-wide status region', async () => {
    const user = userEvent.setup();
    renderAt(`/articles/${slug}`);
    await user.click(await screen.findByRole('button', { name: 'Copy link to paragraph 2' }));
    expect(await screen.findByText('Link copied')).toHaveAttribute('role', 'status');
    expect(await navigator.clipboard.readText()).toBe(`${window.location.origin}/articles/${slug}#${seed.paragraphs[1]!.id}`);
    // One region for the page (and the filter's), not one per paragraph.
    expect(screen.getAllByRole('status').length).toBeLessThanOrEqual(2);
  });

  it('ignores unknown entity ids with a notice', async () => {
    renderAt(`/articles/${slug}?entity=nobody-here&entity=%3Cscript%3E`);
    expect(await screen.findByText(/not in this article and were ignored|not in this article and was ignored|is not in this article/)).toBeInTheDocument();
    expect(screen.queryAllByRole('button', { name: /paragraphs? hidden/ })).toHaveLength(0);
  });

  it('lands on an edited paragraph with a notice when its linked id is gone', async () => {
    const target = seed.paragraphs[3]!;
    // Same opening words and SimHash, another exact hash: the paragraph as it was before an edit.
    const stale = `${target.id.slice(0, -3)}zzz`;
    renderAt(`/articles/${slug}#${stale}`);
    expect(await screen.findByText(/has been edited since the link was made/)).toBeInTheDocument();
    await waitFor(() => expect(document.activeElement?.id).toBe(target.id));
  });

  it.each([
    ['markup in the filter', `?entity=${encodeURIComponent('<img src=x onerror=alert(1)>')}`, /One entity in the link is not in this article/],
    ['a huge filter value', `?entity=${'a'.repeat(100_000)}`, /One entity in the link is not in this article/],
    ['markup in the fragment', `#${encodeURIComponent('<script>alert(1)</script>')}`, /closest one/],
    ['a fragment that is not valid percent-encoding', '#%E0%A4%A', /closest one/],
  ])('survives %s with a notice', async (_, suffix, notice) => {
    renderAt(`/articles/${slug}${suffix}`);
    expect(await screen.findByText(notice)).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(seed.title.text);
    expect(document.querySelector('main img, main script')).toBeNull();
  });

  it('takes the same entity repeated thousands of times as one filter', async () => {
    renderAt(`/articles/${slug}?${Array.from({ length: 5000 }, () => `entity=${person.id}`).join('&')}`);
    expect(await screen.findByText(`Showing what involves ${person.name}`, { exact: false })).toBeInTheDocument();
    expect(screen.queryByText(/not in this article/)).toBeNull();
  });

  it.each(['/articles/..%2F..%2Fetc%2Fpasswd', '/articles/%2e%2e', '/articles/a%2Fb', '/articles/%E0%A4%A', '/articles/<script>'])(
    'shows not found for the unknown slug %s', async (url) => {
      renderAt(url);
      expect(await screen.findByRole('heading', { name: 'Article not found' })).toBeInTheDocument();
    },
  );

  it('shows quotes with speakers and the timeline in date order', async () => {
    renderAt(`/articles/${slug}`);
    const quotes = await screen.findByRole('complementary', { name: 'Quotes' });
    expect(within(quotes).getAllByRole('listitem')).toHaveLength(seed.quotes.length);
    const timeline = screen.getByRole('region', { name: 'Timeline' });
    const dates = within(timeline).getAllByRole('listitem').map((li) => li.querySelector('time')!.textContent);
    expect(dates).toEqual(['1933', 'early 2022', 'September 2023', 'October 2023', '16 November 2023']);
  });

  it('names a tab for each panel a phone shows one at a time, the names with their count', async () => {
    renderAt(`/articles/${slug}`);
    const tabs = within(await screen.findByRole('tablist', { name: 'Sections' })).getAllByRole('tab');
    expect(tabs.map((t) => t.textContent)).toEqual(['Article', `Names (${seed.entities.length})`, `Quotes (${seed.quotes.length})`, `Timeline (${seed.events.length})`]);
    await userEvent.click(screen.getByRole('tab', { name: /^Names/ }));
    expect(screen.getByRole('tab', { name: /^Names/ })).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('tab', { name: 'Article' })).toHaveAttribute('aria-selected', 'false');
  });

  it('shows a not-found page with a way back for an unknown article', async () => {
    renderAt('/articles/..%2F..%2Fetc');
    expect(await screen.findByRole('heading', { name: 'Article not found' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to all articles' })).toHaveAttribute('href', '/');
  });

  it('says so when an article has a title and no text', async () => {
    const bare = analyse('./fixtures/articles/title-only.txt');
    renderAt(`/articles/${bare.slug}`, [bare]);
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent('A headline and nothing else');
    expect(screen.getByText('This article has a title and no text yet.')).toBeInTheDocument();
  });

  it('reads a second, different article with no code change', async () => {
    const second = secondAsset();
    renderAt(`/articles/${second.slug}`, [seed, second]);
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent('Harbour town votes');
    expect((await screen.findAllByRole('button', { name: 'Maria Okafor' }))[0]).toHaveAttribute('data-entity', 'maria-okafor');
    const quotes = screen.getByRole('complementary', { name: 'Quotes' });
    expect(within(quotes).getAllByRole('button', { name: 'Maria Okafor' }).length).toBeGreaterThanOrEqual(2);
  });
});
