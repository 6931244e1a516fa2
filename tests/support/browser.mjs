// Debian's Chromium and `vite preview`, as the browser suite and the benchmarks use
// them: one place for the executable, its flags and the server's start and stop.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** Chromium is there, or installed from Debian when we are root, or we stop and say how. */
export function ensureChromium() {
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

/** Headless, sandbox-free, quiet; playwright gives every launch a fresh, empty user-data dir. */
export function launchChromium() {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic'],
  });
}

/** `vite preview` of `outDir` on 127.0.0.1:`port`, once it answers; `stop()` ends it. */
export async function startPreview(root, { port, outDir = 'dist' }) {
  const server = spawn('npx', ['vite', 'preview', '--outDir', outDir, '--port', String(port), '--strictPort', '--host', '127.0.0.1'], {
    cwd: root, stdio: 'ignore', detached: true, env: { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
  });
  const stop = () => { try { process.kill(-server.pid); } catch { /* gone */ } };
  process.on('exit', stop);
  const base = `http://127.0.0.1:${port}`;
  const until = Date.now() + 30000;
  for (;;) {
    try {
      if ((await fetch(base)).ok) return { base, stop };
    } catch { /* not up yet */ }
    if (Date.now() > until) {
      stop();
      throw new Error(`vite preview on port ${port} did not start (is the port taken?)`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
}
