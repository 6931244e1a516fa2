// Fills the built index.html with one prerendered page: its head tags, its
// markup in #root, its data in a JSON block, and the first screen's stylesheet
// (styles.css, a few KB) inline, allowed by hash in the CSP.
import { createHash } from 'node:crypto';
import { PAGE_DATA_ID, type PageData, serializePageData } from '../app/page-data';

export interface Template {
  html: string;
  /** The stylesheet's text, and the <link> that loads it, to be replaced by a <style>. */
  css?: { text: string; link: string };
}

export const styleHash = (css: string) => `'sha256-${createHash('sha256').update(css).digest('base64')}'`;

/** The CSP with the inline stylesheet's hash allowed (meta tag and header alike). */
export function allowStyleHash(policy: string, hash: string): string {
  return policy.replace(/style-src ([^;]*)/, (_, v: string) => `style-src ${v} ${hash}`);
}

export function pageHtml(t: Template, page: { head: string; body: string; data: PageData }): string {
  let html = t.html
    .replace(/<title>[\s\S]*?<\/title>\s*/, '')
    .replace(/<meta name="description"[^>]*>\s*/, '')
    .replace('</head>', `  ${page.head}\n  </head>`)
    .replace(
      '<div id="root"></div>',
      `<div id="root">${page.body}</div>\n    <script type="application/json" id="${PAGE_DATA_ID}">${serializePageData(page.data)}</script>`,
    );
  if (t.css) {
    html = html.replace(t.css.link, `<style>${t.css.text}</style>`);
    html = html.replace(/(<meta http-equiv="Content-Security-Policy" content=")([^"]*)(")/, (_, a: string, policy: string, b: string) =>
      `${a}${allowStyleHash(policy.replace(/&#39;/g, "'"), styleHash(t.css!.text)).replace(/'/g, '&#39;')}${b}`);
  }
  return html;
}
