// The page's only script tag. A prerendered page is readable as it arrives; the app
// (React, the router, the queries: most of the JavaScript) is imported only after the
// first frame has painted, so its parsing never delays the text.
// The stylesheet belongs to the page (inlined by the prerender step), not to the app.
import './styles.css';

requestAnimationFrame(() => setTimeout(() => void import('./main')));
