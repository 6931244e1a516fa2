// @vitest-environment node
// The build fails once, naming every bad article; the dev server keeps serving the
// good ones beside a bad one, and picks up a fix without a restart.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build, createServer } from 'vite';
import { afterEach, describe, expect, it } from 'vitest';
import { ledeArticles } from '../../src/pipeline/vite-plugin/lede-articles';

const fixtures = path.resolve(import.meta.dirname, '../fixtures');
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A throwaway project: an index.html and a seeds folder with the given fixtures. */
function project(seeds: Record<string, string>): { root: string; seeds: string } {
  const root = mkdtempSync(path.join(tmpdir(), 'lede-plugin-'));
  dirs.push(root);
  writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>t</title>');
  const seedsDir = path.join(root, 'seeds');
  mkdirSync(seedsDir);
  for (const [name, from] of Object.entries(seeds)) copyFileSync(path.join(fixtures, from), path.join(seedsDir, name));
  return { root, seeds: seedsDir };
}

describe('npm run build', () => {
  it('lists every bad article in one run and fails', async () => {
    const p = project({
      'good.txt': 'second-article.txt',
      'empty.txt': 'articles/empty.txt',
      'binary.txt': 'articles/nul-bytes.txt',
      'unclosed.txt': 'articles/front-matter-unclosed.txt',
      'Harbour News.txt': 'colliding-slugs/Harbour News.txt',
      'harbour-news.txt': 'colliding-slugs/harbour-news.txt',
    });
    const run = build({ root: p.root, configFile: false, logLevel: 'silent', plugins: [ledeArticles({ seedsDir: p.seeds })], build: { write: false } });
    const error = await run.then(() => null, (e: Error) => e);
    expect(error).not.toBeNull();
    const message = error!.message;
    expect(message).toContain('4 article(s) cannot be analysed');
    expect(message).toMatch(/seeds\/empty\.txt: the file is empty/);
    expect(message).toMatch(/seeds\/binary\.txt:2: binary data/);
    expect(message).toMatch(/seeds\/unclosed\.txt:1: front matter is not closed/);
    expect(message).toMatch(/harbour-news\.txt: its slug 'harbour-news' is already taken by .*Harbour News\.txt/);
  }, 30_000);

  it('emits the index and one asset per good article', async () => {
    const p = project({ 'a.txt': 'second-article.txt', 'b.txt': 'articles/identical-paragraphs.txt' });
    const out = await build({ root: p.root, configFile: false, logLevel: 'silent', plugins: [ledeArticles({ seedsDir: p.seeds })], build: { write: false } });
    const files = (Array.isArray(out) ? out[0]! : out) as { output: { fileName: string; source?: string | Uint8Array }[] };
    const index = files.output.find((f) => f.fileName === 'lede/index.json')!;
    expect(JSON.parse(String(index.source)).map((r: { slug: string }) => r.slug).sort()).toEqual(['a', 'b']);
  }, 30_000);
});

describe('the build command (scripts/build.ts)', () => {
  it('prints one line per bad article, no stack, and exits non-zero', () => {
    const p = project({ 'good.txt': 'second-article.txt', 'empty.txt': 'articles/empty.txt', 'dup.txt': 'articles/front-matter-duplicate-key.txt' });
    const root = path.resolve(import.meta.dirname, '../..');
    const r = spawnSync('npx', ['tsx', 'scripts/build.ts'], {
      cwd: root, encoding: 'utf8', env: { ...process.env, LEDE_SEEDS: p.seeds, LEDE_OUT_DIR: path.join(p.root, 'dist'), LEDE_QUIET: '1' },
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/2 article\(s\) cannot be analysed/);
    expect(r.stderr).toMatch(/empty\.txt: the file is empty \(write a title line/);
    expect(r.stderr).toMatch(/dup\.txt:4: front matter key 'date' is given twice \(keep one of them\)/);
    expect(r.stderr).not.toMatch(/^\s+at /m);
  }, 60_000);
});

describe('npm run dev', () => {
  it('serves the good articles beside a bad one, and a fixed file without a restart', async () => {
    const p = project({ 'good.txt': 'second-article.txt', 'bad.txt': 'articles/invalid-utf8.txt' });
    const errors: string[] = [];
    const server = await createServer({
      root: p.root, configFile: false, logLevel: 'silent', plugins: [ledeArticles({ seedsDir: p.seeds })],
      server: { port: 0, host: '127.0.0.1', ws: false },
      customLogger: { info() {}, warn() {}, warnOnce() {}, error: (m: string) => errors.push(m), clearScreen() {}, hasErrorLogged: () => false, hasWarned: false },
    });
    await server.listen();
    try {
      const address = server.httpServer!.address() as { port: number };
      const base = `http://127.0.0.1:${address.port}`;
      const slugs = async () => ((await (await fetch(`${base}/lede/index.json`)).json()) as { slug: string }[]).map((r) => r.slug);
      expect(await slugs()).toEqual(['good']);
      expect(errors.join('\n')).toMatch(/bad\.txt:2: not valid UTF-8/);
      expect((await fetch(`${base}/lede/articles/bad.json`)).status).toBe(404);
      expect((await fetch(`${base}/lede/articles/good.json`)).status).toBe(200);

      writeFileSync(path.join(p.seeds, 'bad.txt'), readFileSync(path.join(fixtures, 'articles/quotes-mixed.txt')));
      const until = Date.now() + 10_000;
      while (!(await slugs()).includes('bad') && Date.now() < until) await new Promise((r) => setTimeout(r, 100));
      expect((await slugs()).sort()).toEqual(['bad', 'good']);
    } finally {
      await server.close();
    }
  }, 30_000);
});
