// Browser journeys against the production build, in Debian's Chromium driven by
// playwright-core. Builds, serves `vite preview` on 127.0.0.1, runs every journey,
// writes screenshots to tests/e2e/screenshots, and ends with "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { ensureChromium, launchChromium, startPreview } from '../support/browser.mjs';
import { JS_BUDGET_BYTES, firstLoadJs } from '../support/first-load-js.mjs';

const PORT = 4173;
const BASE = `http://127.0.0.1:${PORT}`;
const root = path.resolve(import.meta.dirname, '../..');
const shots = path.join(root, 'tests/e2e/screenshots');

const journeys = [];
const journey = (name, fn) => journeys.push({ name, fn });
function assert(cond, message) {
  if (!cond) throw new Error(message);
}

ensureChromium();
// The seeds plus an article full of markup that must show as text and run nothing, and a long generated one.
const seeds = 'seeds,tests/fixtures/browser';
const build = spawnSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: 'inherit', env: { ...process.env, LEDE_SEEDS: seeds, LEDE_QUIET: '1', VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' } });
if (build.status !== 0) process.exit(1);
const index = JSON.parse(readFileSync(path.join(root, 'dist/lede/index.json'), 'utf8'));
const slug = index.find((a) => a.slug.startsWith('000-'))?.slug ?? index[0].slug;
const hostile = JSON.parse(readFileSync(path.join(root, 'dist', index.find((a) => a.slug === 'hostile-markup').asset), 'utf8'));
const asset = JSON.parse(readFileSync(path.join(root, 'dist', index.find((a) => a.slug === slug).asset), 'utf8'));
const person = asset.entities.find((e) => e.type === 'person');
const articleUrl = `${BASE}/articles/${slug}`;

const server = await startPreview(root, { port: PORT });

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
mkdirSync(shots, { recursive: true });

journey('library lists the articles and opens one', async (page) => {
  await page.goto(BASE);
  await page.getByRole('link', { name: asset.title.text }).click();
  await page.locator('h1#title').waitFor();
  assert((await page.locator('h1#title').textContent()) === asset.title.text, 'title differs');
  assert(page.url() === articleUrl, `at ${page.url()}`);
});

journey('every entity type is highlighted', async (page) => {
  await page.goto(articleUrl);
  await page.locator('.mention').first().waitFor();
  for (const t of new Set(asset.entities.map((e) => e.type))) {
    assert(await page.locator(`.mention.type-${t}`).count() > 0, `no ${t} highlighted`);
  }
  // In forced colours (Windows high contrast) the background goes; the underline stays.
  await page.emulateMedia({ forcedColors: 'active' });
  const line = await page.locator('.mention').first().evaluate((e) => getComputedStyle(e).textDecorationLine);
  assert(line.includes('underline'), `a highlighted name in forced colours has text-decoration ${line}`);
});

journey('clicking a mention filters, survives reload, back and forward', async (page) => {
  await page.goto(articleUrl);
  await page.locator(`.mention[data-entity="${person.id}"]`).first().click();
  await page.waitForURL(`**?entity=${person.id}`);
  await page.getByRole('button', { name: /paragraphs? hidden/ }).first().waitFor();
  const quotes = await page.getByRole('complementary', { name: 'Quotes' }).getByRole('listitem').count();
  assert(quotes < asset.quotes.length, 'quotes not filtered');
  await page.reload();
  await page.getByRole('button', { name: /paragraphs? hidden/ }).first().waitFor();
  await page.goBack();
  await page.waitForURL(articleUrl);
  await page.getByRole('button', { name: /paragraphs? hidden/ }).first().waitFor({ state: 'detached' });
  await page.goForward();
  await page.waitForURL(`**?entity=${person.id}`);
  await page.getByRole('button', { name: /paragraphs? hidden/ }).first().waitFor();
});

journey('the paragraph of a clicked name stays where it was as the filter folds and unfolds the others', async (page) => {
  // A generated article of sixty paragraphs: three chunks, the later two skipped off screen (content-visibility).
  await page.goto(`${BASE}/articles/long-article`);
  await page.waitForSelector('html[data-app="ready"]', { state: 'attached' });
  // The last paragraph's first name: filtering by it folds paragraphs above it.
  const mention = page.locator('main .paragraph').last().locator('.mention').first();
  await mention.scrollIntoViewIfNeeded();
  const top = () => mention.evaluate((el) => el.closest('.paragraph').getBoundingClientRect().top);
  const before = await top();
  await mention.click();
  await page.getByRole('button', { name: /paragraphs? hidden/ }).first().waitFor();
  await page.waitForTimeout(200);
  const filtered = await top();
  assert(Math.abs(filtered - before) <= 2, `the paragraph moved from ${before} to ${filtered} px when the filter folded the others`);
  await mention.click();
  await page.getByRole('button', { name: /paragraphs? hidden/ }).first().waitFor({ state: 'detached' });
  await page.waitForTimeout(200);
  const unfiltered = await top();
  assert(Math.abs(unfiltered - before) <= 2, `the paragraph moved from ${before} to ${unfiltered} px when the filter was cleared`);
});

journey('clicking a quote lands on its paragraph', async (page) => {
  await page.goto(articleUrl);
  const q = asset.quotes.find((x) => x.block !== 'title' && x.block !== 'dek');
  await page.getByRole('button', { name: `Go to quote: ${q.text}` }).click();
  await page.waitForURL(`**#${q.block}`);
  await page.waitForFunction((id) => document.activeElement?.id === id, q.block);
});

journey('a deep link opened cold shows the paragraph in view and focused', async (page) => {
  const p = asset.paragraphs[asset.paragraphs.length - 1];
  await page.goto(`${articleUrl}#${p.id}`);
  await page.waitForFunction((id) => document.activeElement?.id === id, p.id);
  const inView = await page.evaluate((id) => { const r = document.getElementById(id).getBoundingClientRect(); return r.top < innerHeight && r.bottom > 0; }, p.id);
  assert(inView, 'paragraph not in view');
});

journey('copying a paragraph link puts a working URL on the clipboard', async (page, context) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: BASE });
  await page.goto(articleUrl);
  await page.getByRole('button', { name: 'Copy link to paragraph 2' }).click();
  await page.getByText('Link copied').waitFor();
  const url = await page.evaluate(() => navigator.clipboard.readText());
  assert(url === `${articleUrl}#${asset.paragraphs[1].id}`, `copied ${url}`);
  await page.goto(url);
  await page.waitForFunction((id) => document.activeElement?.id === id, asset.paragraphs[1].id);
});

journey('an unknown slug shows not found', async (page) => {
  await page.goto(`${BASE}/articles/no-such-article`);
  await page.getByRole('heading', { name: 'Article not found' }).waitFor();
});

journey('the entity legend sits beside the text on a wide screen, and is a tab of its own on a phone', async (page) => {
  const legend = page.getByRole('navigation', { name: 'Entities' });
  const firstParagraph = page.locator('p.paragraph').first();
  await page.goto(articleUrl);
  const [box, first] = [await legend.boundingBox(), await firstParagraph.boundingBox()];
  assert(box.x > first.x + first.width && box.y < first.y + first.height, 'the legend is not beside the first paragraph');
  await page.setViewportSize({ width: 390, height: 844 });
  assert(!(await legend.isVisible()), 'the legend shows on the article tab of a phone');
  await page.getByRole('tab', { name: /^Names/ }).click();
  await legend.waitFor();
  assert(!(await firstParagraph.isVisible()), 'the article shows on the names tab of a phone');
  await legend.getByRole('button', { name: new RegExp(`^${asset.entities.find((e) => e.type === 'person').name}`) }).click();
  await page.waitForURL(/[?&]entity=/);
});

journey('a phone-sized viewport shows one column with tabs', async (page) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(articleUrl);
  await page.getByRole('tab', { name: /Quotes/ }).click();
  await page.getByRole('complementary', { name: 'Quotes' }).waitFor();
  await page.screenshot({ path: path.join(shots, 'article-phone.png') });
  await page.getByRole('tab', { name: /Article/ }).click();
});

journey('keyboard alone reaches the controls, and j/k move between paragraphs', async (page) => {
  await page.goto(articleUrl);
  const seen = new Set();
  const reached = (what) => [...seen].some((c) => String(c).includes(what));
  // The legend follows the article in the page (it sits beside it), so Tab reaches the mentions first.
  for (let i = 0; i < 400 && !(reached('mention') && reached('chip')); i++) {
    await page.keyboard.press('Tab');
    seen.add(await page.evaluate(() => document.activeElement?.className || document.activeElement?.tagName));
  }
  assert(reached('mention'), 'no mention reached by Tab');
  assert(reached('chip'), 'no legend chip reached by Tab');
  // A mention toggles as a button does: Enter on the press, Space on the release. Space does
  // not scroll the page a screen on: the mention's paragraph stays where it was.
  const first = page.locator('main .mention').first();
  const top = () => first.evaluate((el) => el.closest('.paragraph').getBoundingClientRect().top);
  await first.focus();
  await page.keyboard.press('Enter');
  await page.waitForURL(/[?&]entity=/);
  await page.waitForTimeout(200);
  const before = await top();
  await page.keyboard.press(' ');
  await page.waitForURL((u) => !u.search.includes('entity='));
  await page.waitForTimeout(200);
  const after = await top();
  assert(Math.abs(after - before) <= 2, `Space on a mention moved its paragraph from ${before} to ${after} px`);
  await page.locator('body').click({ position: { x: 1, y: 1 } });
  await page.keyboard.press('j');
  await page.keyboard.press('j');
  const id = await page.evaluate(() => document.activeElement?.id);
  assert(id === asset.paragraphs[1].id, `j moved to ${id}`);
});

for (const scheme of ['light', 'dark']) {
  journey(`axe finds no serious or critical violations (${scheme})`, async (page) => {
    await page.emulateMedia({ colorScheme: scheme });
    for (const url of [BASE, articleUrl]) {
      await page.goto(url);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.evaluate(axeSource); // not a <script> tag: the page's CSP rightly refuses inline scripts
      const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
      const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      assert(bad.length === 0, `${url}: ${bad.map((v) => `${v.id} (${v.nodes.length})`).join(', ')}`);
    }
    if (scheme === 'light') {
      await page.goto(BASE);
      await page.screenshot({ path: path.join(shots, 'library-desktop.png') });
      await page.goto(articleUrl);
      await page.screenshot({ path: path.join(shots, 'article-desktop.png'), fullPage: true });
    }
  });
}

journey('article text with markup shows the characters and runs nothing', async (page) => {
  await page.goto(`${BASE}/articles/hostile-markup`);
  await page.locator('h1#title').waitFor();
  assert((await page.locator('h1#title').textContent()) === hostile.title.text, 'title not shown as text');
  for (const p of hostile.paragraphs) {
    const shown = await page.locator(`[id="${p.id}"]`).textContent();
    assert(shown.includes(p.text), `paragraph ${p.id} not shown verbatim: ${shown}`);
  }
  const injected = await page.evaluate(() => document.querySelectorAll('#root script, #root img, #root iframe, #root b[onmouseover], #root a[href^="javascript"]').length);
  assert(injected === 0, `${injected} elements came from the article's text`);
  await page.locator('.mention', { hasText: 'Ada Moss' }).first().hover();
  await page.waitForTimeout(300); // room for an onerror or onmouseover to fire, if one had been made
});

journey('hostile URLs: no crash, no script, a notice where one helps', async (page) => {
  const markup = encodeURIComponent('<img src=x onerror=alert(1)>');
  const cases = [
    [`${articleUrl}?entity=${markup}`, /not in this article and was ignored/],
    // Huge, but under Node's 16 KB header limit (past it the server answers 431 before the app sees it).
    [`${articleUrl}?entity=${'a'.repeat(8_000)}`, /not in this article and was ignored/],
    [`${articleUrl}?${Array.from({ length: 400 }, () => `entity=${person.id}`).join('&')}`, new RegExp(`Showing what involves ${person.name}`)],
    [`${articleUrl}#${encodeURIComponent('<script>alert(1)</script>')}`, /closest one/],
    [`${articleUrl}#no-such-paragraph-zzzz`, /closest one/],
    [`${BASE}/articles/..%2F..%2Fetc%2Fpasswd`, /Article not found/],
    [`${BASE}/articles/%2e%2e%2findex.json`, /Article not found/],
  ];
  for (const [url, text] of cases) {
    await page.goto(url);
    await page.getByText(text).first().waitFor();
  }
  // A path that is not even valid percent-encoding: the static server refuses it, and nothing runs.
  const bad = await page.request.get(`${BASE}/articles/%E0%A4%A`);
  assert(bad.status() >= 400 && bad.status() < 500, `status ${bad.status()}`);
});

journey('the built page carries a Content-Security-Policy, and nothing violates it', async (page) => {
  const response = await page.goto(articleUrl);
  const header = response.headers()['content-security-policy'] ?? '';
  assert(/script-src 'self'(;|$)/.test(header), `preview header: ${header}`);
  const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  assert(/script-src 'self'(;|$)/.test(meta ?? ''), `meta tag: ${meta}`);
  await page.locator(`.mention[data-entity="${person.id}"]`).first().click();
  await page.waitForURL(`**?entity=${person.id}`);
  await page.goto(BASE);
  await page.getByRole('link', { name: asset.title.text }).waitFor();
});

journey(`first-load JavaScript is within ${JS_BUDGET_BYTES / 1024} KB gzip, and holds no article`, async () => {
  const dist = path.join(root, 'dist');
  for (const page of ['index.html', `articles/${slug}.html`]) {
    const { files, gzip } = firstLoadJs(dist, page);
    assert(files.length > 0, `${page}: no module script found`);
    assert(gzip <= JS_BUDGET_BYTES, `${page}: ${(gzip / 1024).toFixed(1)} KB gzip`);
    for (const f of files) {
      const js = readFileSync(path.join(dist, f.file.replace(/^\//, '')), 'utf8');
      assert(!js.includes(asset.paragraphs[0].text.slice(0, 60)), `${f.file} contains article text`);
    }
  }
});

journey('an article reads without JavaScript: text, highlights, quotes, timeline, deep links', async (_page, _context, browser) => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    const target = asset.paragraphs[asset.paragraphs.length - 1];
    await page.goto(`${articleUrl}#${target.id}`);
    assert((await page.locator('h1#title').textContent()) === asset.title.text, 'no title');
    assert(await page.locator(`.mention[data-entity="${person.id}"]`).count() > 0, 'no highlights');
    assert(await page.getByRole('complementary', { name: 'Quotes' }).getByRole('listitem').count() === asset.quotes.length, 'quotes missing');
    assert(await page.getByRole('region', { name: 'Timeline' }).getByRole('listitem').count() === asset.events.length, 'timeline missing');
    // The quotes' and timeline's rules come from the stylesheet the page links after its first screen.
    const quoteBorder = await page.locator('.quote-item').first().evaluate((e) => getComputedStyle(e).borderLeftStyle);
    assert(quoteBorder === 'solid', `the quotes are unstyled (border ${quoteBorder})`);
    const inView = await page.evaluate((id) => { const r = document.getElementById(id).getBoundingClientRect(); return r.top < innerHeight && r.bottom > 0; }, target.id);
    assert(inView, 'the deep link did not scroll to its paragraph');
    // A phone's tabs need JavaScript to switch panels: without it every panel shows, one after another.
    await page.setViewportSize({ width: 390, height: 844 });
    assert(await page.getByRole('complementary', { name: 'Quotes' }).isVisible(), 'the quotes are hidden on a phone without JavaScript');
    assert(await page.getByRole('navigation', { name: 'Entities' }).isVisible(), 'the legend is hidden on a phone without JavaScript');
    assert(!(await page.getByRole('tablist', { name: 'Sections' }).isVisible()), 'tabs that cannot work show on a phone without JavaScript');
  } finally {
    await context.close();
  }
});

journey('a prerendered article hydrates with no fetch and no layout shift', async (page) => {
  const fetched = [];
  page.on('request', (r) => { if (/\.json(\?|$)/.test(r.url())) fetched.push(r.url()); });
  await page.addInitScript(() => {
    window.__shift = 0;
    new PerformanceObserver((l) => { for (const e of l.getEntries()) if (!e.hadRecentInput) window.__shift += e.value; }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(articleUrl);
  await page.waitForFunction(() => Object.keys(document.querySelector('h1#title') ?? {}).some((k) => k.startsWith('__react')));
  await page.waitForTimeout(300);
  assert(fetched.length === 0, `fetched ${fetched.join(', ')}`);
  // Hydration kept the server's markup, the stylesheet link after the first screen included
  // (a mismatch would have React render the article afresh, and report it as a page error).
  const links = await page.evaluate(() => [...document.querySelectorAll('link[rel="stylesheet"]')].map((l) => l.closest('.article-body') !== null && l.previousElementSibling?.classList.contains('paragraph-row')));
  assert(links.length === 1 && links[0], `stylesheet links: ${JSON.stringify(links)}`);
  const shift = await page.evaluate(() => window.__shift);
  assert(shift < 0.01, `layout shift ${shift}`);
  // Hydrated: a click filters.
  await page.locator(`.mention[data-entity="${person.id}"]`).first().click();
  await page.waitForURL(`**?entity=${person.id}`);
});

journey('in-app navigation fetches the article JSON through the app', async (page) => {
  const fetched = [];
  page.on('request', (r) => { if (/\.json(\?|$)/.test(r.url())) fetched.push(new URL(r.url()).pathname); });
  await page.goto(BASE);
  await page.waitForFunction(() => Object.keys(document.querySelector('h1') ?? {}).some((k) => k.startsWith('__react')));
  await page.getByRole('link', { name: asset.title.text }).click();
  await page.locator('h1#title').waitFor();
  assert(fetched.some((p) => p.startsWith('/assets/') && p.includes(slug)), `fetched ${fetched.join(', ')}`);
});

journey('each page carries a title, a description and Open Graph tags', async (page) => {
  await page.goto(articleUrl);
  const meta = (sel) => page.locator(sel).first().getAttribute('content');
  assert((await page.title()) === `${asset.title.text} · Lede`, `title: ${await page.title()}`);
  assert((await meta('meta[property="og:title"]')) === `${asset.title.text} · Lede`, 'og:title');
  assert((await meta('meta[property="og:type"]')) === 'article', 'og:type');
  assert(((await meta('meta[name="description"]')) ?? '').length > 20, 'description');
  assert((await meta('meta[property="og:description"]')) === (await meta('meta[name="description"]')), 'og:description');
  assert((await meta('meta[property="article:published_time"]')) === asset.published, 'published time');
  await page.goto(BASE);
  assert((await page.title()) === 'Lede', 'library title');
});

let passed = 0;
let failed = 0;
try {
  const browser = await launchChromium();
  for (const j of journeys) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    // Violations of the page's CSP are collected from the first script on (an init
    // script is not subject to the policy), and count as errors in every journey.
    await context.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
    });
    const page = await context.newPage();
    // The app is imported after the first paint; a journey acts once it is interactive.
    const goto = page.goto.bind(page);
    page.goto = async (...args) => {
      const response = await goto(...args);
      await page.waitForSelector('html[data-app="ready"]', { state: 'attached', timeout: 10000 });
      return response;
    };
    const errors = [];
    page.on('console', (m) => { if (m.type() === 'error' && /CSP violation|Content Security Policy/.test(m.text())) errors.push(m.text()); });
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('dialog', (d) => { errors.push(`dialog: ${d.message()}`); void d.dismiss(); });
    page.setDefaultTimeout(10000);
    try {
      await j.fn(page, context, browser);
      assert(errors.length === 0, `page errors: ${errors.join('; ')}`);
      passed++;
      console.log(`  ✓ ${j.name}`);
    } catch (e) {
      failed++;
      console.log(`  ✗ ${j.name}\n      ${String(e.message ?? e).split('\n')[0].slice(0, 300)}`);
    }
    await context.close();
  }
  await browser.close();
} finally {
  server.stop();
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
