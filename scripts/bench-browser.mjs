// Browser measurements for `npm run bench`, in Debian's Chromium: LCP of an article
// against a plain static page of the same text (interleaved runs, 4× CPU throttle,
// 40 ms round trips, medians), and filter clicks and scrolling on a long article.
import { ensureChromium, launchChromium, startPreview } from '../tests/support/browser.mjs';

export async function withPreview(root, outDir, port, fn) {
  ensureChromium();
  const server = await startPreview(root, { port, outDir });
  try {
    const browser = await launchChromium();
    try {
      return await fn(browser, server.base);
    } finally {
      await browser.close();
    }
  } finally {
    server.stop();
  }
}

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2; };

/** One cold load (fresh context) under throttling; the page's LCP in ms. */
async function lcpOnce(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 40, downloadThroughput: -1, uploadThroughput: -1 });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.addInitScript(() => {
    window.__lcp = 0;
    new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__lcp = e.startTime; }).observe({ type: 'largest-contentful-paint', buffered: true });
  });
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(600);
  // LCP is final once the page is interacted with; a key press ends it without changing it.
  await page.keyboard.press('Shift');
  const lcp = await page.evaluate(() => window.__lcp);
  await context.close();
  return lcp;
}

export async function measureLcp(browser, appUrl, staticUrl, runs = 15) {
  const app = [];
  const plain = [];
  await lcpOnce(browser, appUrl); // warm the server's file cache, not the browser's
  for (let i = 0; i < runs; i++) {
    // Interleaved, so drift on a noisy machine hits both alike.
    plain.push(await lcpOnce(browser, staticUrl));
    app.push(await lcpOnce(browser, appUrl));
  }
  // The spread of the ratio, paired run by run (interleaved runs share the machine's drift).
  const ratios = app.map((a, i) => a / plain[i]).sort((a, b) => a - b);
  const q = (p) => ratios[Math.round(p * (ratios.length - 1))];
  return { app: median(app), static: median(plain), runs, ratioQuartiles: [q(0.25), q(0.75)] };
}

/** Clicks on a mention of `entity` toggle the filter; each time until the filtered page has painted. */
export async function measureFilterClicks(browser, url, entity, clicks = 20) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(url);
  // Clicks start once the article has hydrated; before that the buttons are inert HTML.
  await page.waitForSelector('html[data-app="ready"]', { state: 'attached' });
  const interactive = await page.evaluate(() => performance.now());
  // Per click: the next frame (from the click's dispatch to the first frame painted
  // after it: what the person sees respond) and the whole filtered view (until it is
  // painted). The clicks are real input (Playwright's mouse), so the browser's own Event
  // Timing (the measure behind INP: input to next paint, in 8 ms steps, from 16 ms) is
  // reported beside them.
  await page.evaluate(() => {
    window.__clicks = [];
    window.__eventTiming = [];
    new PerformanceObserver((l) => {
      for (const e of l.getEntries()) if (e.name === 'click') window.__eventTiming.push(e.duration);
    }).observe({ type: 'event', durationThreshold: 16 });
    document.addEventListener('click', () => {
      const rec = { t0: performance.now(), next: null };
      window.__clicks.push(rec);
      requestAnimationFrame(() => setTimeout(() => { rec.next = performance.now() - rec.t0; }, 0));
    }, { capture: true });
  });
  const next = [];
  const done = [];
  const filtered = () => document.querySelector('.filter-summary') !== null;
  for (let i = 0; i < clicks; i++) {
    const before = await page.evaluate(filtered);
    await page.locator(`main .mention[data-entity="${entity}"]`).first().click();
    const r = await page.evaluate(async ({ before, i }) => {
      const filtered = () => document.querySelector('.filter-summary') !== null;
      const deadline = performance.now() + 10000;
      while (!window.__clicks[i] || filtered() === before) {
        if (performance.now() > deadline) throw new Error(`click ${i + 1} did not toggle the filter`);
        await new Promise((r) => setTimeout(r, 0));
      }
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      const rec = window.__clicks[i];
      while (rec.next === null) await new Promise((r) => setTimeout(r, 0));
      return { next: rec.next, done: performance.now() - rec.t0 };
    }, { before, i });
    next.push(r.next);
    done.push(r.done);
    await page.waitForTimeout(150);
  }
  // Clicks whose input-to-paint was under 16 ms have no entry.
  const eventTiming = await page.evaluate(() => window.__eventTiming);
  // Long tasks while scrolling the whole (unfiltered) article.
  const scroll = await page.evaluate(async () => {
    const long = [];
    const po = new PerformanceObserver((l) => { for (const e of l.getEntries()) long.push(e.duration); });
    po.observe({ type: 'longtask' });
    const end = document.documentElement.scrollHeight;
    // A frame per step; a step never waits past 200 ms (a stalled frame is then a long task anyway).
    for (let y = 0; y < end; y += 600) {
      window.scrollTo(0, y);
      await new Promise((r) => { requestAnimationFrame(() => r()); setTimeout(r, 200); });
    }
    await new Promise((r) => setTimeout(r, 200));
    po.disconnect();
    return { count: long.filter((d) => d > 50).length, worst: Math.max(0, ...long) };
  });
  await context.close();
  const sorted = [...next].sort((a, b) => a - b);
  const doneSorted = [...done].sort((a, b) => a - b);
  return { median: median(next), worst: sorted[sorted.length - 1], clicks, interactive, eventTiming: { median: median([...eventTiming, ...Array(clicks - eventTiming.length).fill(0)]), worst: Math.max(0, ...eventTiming), over50: eventTiming.filter((d) => d > 50).length }, scroll, doneMedian: median(done), doneWorst: doneSorted[doneSorted.length - 1] };
}
