// The built app's Content-Security-Policy: scripts only from our own origin, no
// inline script, no inline style attributes, no plugins. Delivered twice: as a
// meta tag in the built index.html (static hosts without headers still get it)
// and as a header from `npm run preview`. Dev is left alone: Vite's dev client
// needs inline scripts.
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

/** Adds the policy as the first tag of <head> in the built pages. */
export function contentSecurityPolicy(): Plugin {
  return {
    name: 'lede-content-security-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP_META }, injectTo: 'head-prepend' }],
    },
  };
}
