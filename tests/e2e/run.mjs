// Browser journeys against the production build, in Debian's Chromium driven by
// playwright-core. Builds, serves `vite preview` on 127.0.0.1, runs every journey,
// writes screenshots to tests/e2e/screenshots, and ends with "N passed, N failed".
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { chromium } from 'playwright-core';

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const PORT = 4173;
const BASE = `http://127.0.0.1:${PORT}`;
const root = path.resolve(import.meta.dirname, '../..');
const shots = path.join(root, 'tests/e2e/screenshots');

function ensureChromium() {
  if (existsSync(CHROMIUM)) return;
  if (process.getuid?.() === 0) {
    console.log('Chromium is missing: installing Debian\'s chromium package…');
    spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    const r = spawnSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit' });
    if (r.status === 0 && existsSync(CHROMIUM)) return;
  }
  console.error(`Chromium not found at ${CHROMIUM}. Install it with: sudo apt-get install -y chromium (or set CHROMIUM_PATH).`);
  process.exit(1);
}

async function waitForServer(url, ms = 30000) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return;
    } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`server at ${url} did not start`);
}

const journeys = [];
const journey = (name, fn) => journeys.push({ name, fn });
function assert(cond, message) {
  if (!cond) throw new Error(message);
}

ensureChromium();
const build = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit', env: { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' } });
if (build.status !== 0) process.exit(1);
const index = JSON.parse(readFileSync(path.join(root, 'dist/lede/index.json'), 'utf8'));
const slug = index.find((a) => a.slug.startsWith('000-'))?.slug ?? index[0].slug;
const asset = JSON.parse(readFileSync(path.join(root, 'dist', index.find((a) => a.slug === slug).asset), 'utf8'));
const person = asset.entities.find((e) => e.type === 'person');
const articleUrl = `${BASE}/articles/${slug}`;

const server = spawn('npx', ['vite', 'preview', '--port', String(PORT), '--strictPort', '--host', '127.0.0.1'], { cwd: root, stdio: 'ignore', detached: true });
const stopServer = () => { try { process.kill(-server.pid); } catch { /* gone */ } };
process.on('exit', stopServer);

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
  await page.locator('button.mention').first().waitFor();
  for (const t of new Set(asset.entities.map((e) => e.type))) {
    assert(await page.locator(`button.mention.type-${t}`).count() > 0, `no ${t} highlighted`);
  }
});

journey('clicking a mention filters, survives reload, back and forward', async (page) => {
  await page.goto(articleUrl);
  await page.locator(`button.mention[data-entity="${person.id}"]`).first().click();
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
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    seen.add(await page.evaluate(() => document.activeElement?.className || document.activeElement?.tagName));
  }
  assert([...seen].some((c) => String(c).includes('mention')), 'no mention reached by Tab');
  assert([...seen].some((c) => String(c).includes('chip')), 'no legend chip reached by Tab');
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
      await page.addScriptTag({ content: axeSource });
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

let passed = 0;
let failed = 0;
try {
  await waitForServer(BASE);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic'],
    // playwright gives every launch a fresh, empty user-data dir of its own.
  });
  for (const j of journeys) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('dialog', (d) => { errors.push(`dialog: ${d.message()}`); void d.dismiss(); });
    page.setDefaultTimeout(10000);
    try {
      await j.fn(page, context);
      assert(errors.length === 0, `page errors: ${errors.join('; ')}`);
      passed++;
      console.log(`  ✓ ${j.name}`);
    } catch (e) {
      failed++;
      console.log(`  ✗ ${j.name}\n      ${String(e.message ?? e).split('\n')[0]}`);
    }
    await context.close();
  }
  await browser.close();
} finally {
  stopServer();
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
