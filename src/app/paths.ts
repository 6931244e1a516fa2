// The only place that builds URLs of the app.
import { serializeFilter } from '../features/entity-filter/filter-codec';

export const paths = {
  library: () => '/',
  article: (slug: string, opts: { entities?: readonly string[]; paragraph?: string } = {}) => {
    const search = serializeFilter(opts.entities ?? []);
    return `/articles/${encodeURIComponent(slug)}${search ? `?${search}` : ''}${opts.paragraph ? `#${encodeURIComponent(opts.paragraph)}` : ''}`;
  },
};
