// The built app's Content-Security-Policy: scripts only from our own origin, no
// inline script, no inline style attributes, no plugins. Delivered twice: as a
// meta tag in the built index.html (static hosts without headers still get it)
// and as a header from `npm run preview`. Dev is left alone: Vite's dev client
// needs inline scripts.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';

const DIRECTIVES: Record<string, string> = {
  'default-src': "'self'",
  'script-src': "'self'",
  'style-src': "'self'",
  'img-src': "'self' data:",
  'font-src': "'self'",
  'connect-src': "'self'",
  'object-src': "'none'",
  'base-uri': "'none'",
  'form-action': "'self'",
};

/** Directives a meta tag cannot carry; only the header has them. */
const HEADER_ONLY: Record<string, string> = { 'frame-ancestors': "'none'" };

const serialise = (d: Record<string, string>) => Object.entries(d).map(([k, v]) => `${k} ${v}`).join('; ');

export const CSP_META = serialise(DIRECTIVES);
export const CSP_HEADER = serialise({ ...DIRECTIVES, ...HEADER_ONLY });

/** Written by the prerender step: the header policy with the inline stylesheet's hash. */
export const CSP_FILE = 'lede/csp.json';

/**
 * Adds the policy as the first tag of <head> in the built pages, and has
 * `npm run preview` send it as a header (with the hash the prerender step allowed).
 */
export function contentSecurityPolicy(): Plugin {
  return {
    name: 'lede-content-security-policy',
    configurePreviewServer(server) {
      const file = path.resolve(server.config.root, server.config.build.outDir, CSP_FILE);
      let header = CSP_HEADER;
      try {
        header = (JSON.parse(readFileSync(file, 'utf8')) as { header: string }).header;
      } catch {
        // Not prerendered: the plain policy.
      }
      server.middlewares.use((_req, res, next) => {
        res.setHeader('Content-Security-Policy', header);
        res.setHeader('X-Content-Type-Options', 'nosniff');
        res.setHeader('Referrer-Policy', 'same-origin');
        next();
      });
    },
    transformIndexHtml: {
      // Build only: the dev server's client needs inline scripts.
      order: 'post',
      handler: (_html, ctx) => (ctx.server ? [] : [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP_META }, injectTo: 'head-prepend' as const }]),
    },
  };
}
