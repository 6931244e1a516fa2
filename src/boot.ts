// The page's only script tag. A prerendered page is readable as it arrives; the app
// (React, the router, the queries: most of the JavaScript) is imported only after the
// first frame has painted, so its parsing never delays the text.
// The first screen's stylesheet belongs to the page (inlined by the prerender step); the
// rest is the app's (styles-deferred.css, imported by main, linked by an article page).
import './styles.css';

requestAnimationFrame(() => setTimeout(() => void import('./main')));
