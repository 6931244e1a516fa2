import { createContext, useContext } from 'react';

const HrefContext = createContext<string | undefined>(undefined);

/** The address of the built styles-deferred.css, given by a prerendered page (its page data). */
export const DeferredStylesheetHref = HrefContext.Provider;

/**
 * The link to the stylesheet the first screen does not need (styles-deferred.css), where
 * the article puts it: after its first paragraphs. The browser stops parsing there until
 * the sheet arrives and paints what it has, the title and those paragraphs. Rendered by
 * the prerender and again by the app when it hydrates, so the two match; nothing without
 * an address (in dev the app imports the sheet itself).
 */
export function DeferredStylesheet() {
  const href = useContext(HrefContext);
  return href ? <link rel="stylesheet" href={href} /> : null;
}
