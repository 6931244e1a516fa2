import { useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { articleIndexQuery, articleQuery } from '../../data/queries';
import { EntityLegend } from '../../features/entity-filter/EntityLegend';
import { useEntityFilter } from '../../features/entity-filter/useEntityFilter';
import { QuoteSidebar } from '../../features/quotes/QuoteSidebar';
import { ArticleBody } from '../../features/reader/ArticleBody';
import { BlockText } from '../../features/reader/BlockText';
import { MentionCard } from '../../features/reader/MentionCard';
import { activeKeyFor, quoteIfIn, readingIndex } from '../../features/reader/reading-index';
import { useDeepLink } from '../../features/reader/useDeepLink';
import { useKeepParagraphInPlace } from '../../features/reader/useKeepParagraphInPlace';
import { useParagraphKeys } from '../../features/reader/useParagraphKeys';
import { Timeline } from '../../features/timeline/Timeline';
import { eventsWith, paragraphsWith, quotesWith } from '../../shared/involvement';
import type { Quote } from '../../shared/article-asset';
import { Notice } from '../../ui/Notice';
import { PendingStatus, type StartWork, startWorkNow } from '../../ui/PendingStatus';
import { useStableCallback } from '../../ui/useStableCallback';
import { paths } from '../paths';
import { formatIsoDate } from '../../shared/dates';

type Panel = 'article' | 'names' | 'quotes' | 'timeline';

/** The reading view: reads the article and the URL, hands plain props to the features. */
export function ArticleRoute() {
  const { slug = '' } = useParams();
  const qc = useQueryClient();
  const { data: asset } = useSuspenseQuery(articleQuery(slug, () => qc.ensureQueryData(articleIndexQuery())));
  const filter = useEntityFilter();
  // A filter click answers in the next frame ("Filtering…"); the article, quotes and
  // timeline follow in a transition, so a long article never freezes the page.
  const transition = useRef<StartWork>(startWorkNow);
  const bindTransition = useStableCallback((start: StartWork) => void (transition.current = start));
  const keepInPlace = useKeepParagraphInPlace(filter.selected.join(','));
  const toggle = useStableCallback((id: string) => {
    // A name clicked or pressed in a paragraph has the focus: that paragraph stays put.
    keepInPlace(document.activeElement);
    transition.current(() => filter.toggle(id));
  });
  const clear = useStableCallback(() => transition.current(() => filter.clear()));
  const navigate = useNavigate();
  const deepLink = useDeepLink(asset.paragraphs);
  const [markedQuote, setMarkedQuote] = useState<string | null>(null);
  const [panel, setPanel] = useState<Panel>('article');
  useParagraphKeys();

  const index = readingIndex(asset);
  const known = filter.selected.filter((id) => index.entityById.has(id));
  const unknownCount = filter.selected.length - known.length + filter.rejected;
  const visible = paragraphsWith(asset, known);
  const quotes = quotesWith(asset, known);
  const events = eventsWith(asset, known);
  const linkTo = (paragraph: string) => paths.article(asset.slug, { entities: known, paragraph });
  const goToQuote = (q: Quote) => {
    setMarkedQuote(q.id);
    setPanel('article');
    navigate(linkTo(q.block), { preventScrollReset: true });
  };
  const names = known.map((id) => index.entityById.get(id)!.name);
  const blockProps = (block: string) => ({
    segments: index.segments.get(block) ?? [],
    entityById: index.entityById,
    activeKey: activeKeyFor(index, block, known),
    markedQuote: quoteIfIn(index, block, markedQuote),
    onToggle: toggle,
  });

  return (
    <div className="reader" data-panel={panel}>
      <p className="back">
        <Link to={paths.library()}>← All articles</Link>
      </p>
      <header className="article-header">
        <h1 id="title" tabIndex={-1}>
          <BlockText {...blockProps('title')} />
        </h1>
        {asset.dek && (
          <p id="dek" className="dek" tabIndex={-1}>
            <BlockText {...blockProps('dek')} />
          </p>
        )}
        {asset.published && <p className="published">Published <time dateTime={asset.published}>{formatIsoDate(asset.published)}</time></p>}
      </header>
      {unknownCount > 0 && <Notice>{unknownCount === 1 ? 'One entity in the link is not in this article and was ignored.' : `${unknownCount} entities in the link are not in this article and were ignored.`}</Notice>}
      {deepLink.notice && <Notice onDismiss={deepLink.dismissNotice}>{deepLink.notice}</Notice>}
      <PendingStatus bind={bindTransition} label="Filtering…" />
      <MentionCard entityById={index.entityById} />
      {known.length > 0 && (
        <p className="filter-summary" role="status">
          Showing what involves {names.join(' and ')}: {visible.size} of {asset.paragraphs.length} paragraphs.{' '}
          <button type="button" className="link-button" onClick={clear}>Clear filter</button>
        </p>
      )}
      <div className="tabs" role="tablist" aria-label="Sections">
        {(['article', 'names', 'quotes', 'timeline'] as const).map((p) => (
          <button key={p} type="button" role="tab" aria-selected={panel === p} className="tab" onClick={() => setPanel(p)}>
            {tabLabel(p, { names: asset.entities.length, quotes: quotes.length, timeline: events.length })}
          </button>
        ))}
      </div>
      <div className="reader-grid">
        <div className="panel panel-article">
          <main>
            {asset.paragraphs.length === 0 && <p className="muted">This article has a title and no text yet.</p>}
            <ArticleBody asset={asset} selected={known} visible={visible} markedParagraph={deepLink.marked} markedQuote={markedQuote} onToggle={toggle} linkTo={linkTo} />
          </main>
        </div>
        {/* The side column follows the article in the page: the browser lays out and paints
            the title and the text before the legend's chips (see README, speed). */}
        <div className="side">
          <div className="panel panel-names">
            <EntityLegend entities={asset.entities} selected={known} onToggle={toggle} onClear={clear} />
          </div>
          <div className="panel panel-quotes">
            <QuoteSidebar quotes={quotes} entities={asset.entities} selected={known} total={asset.quotes.length} onToggle={toggle} onGoTo={goToQuote} />
          </div>
          <div className="panel panel-timeline">
            <Timeline events={events} total={asset.events.length} linkTo={linkTo} />
          </div>
        </div>
      </div>
    </div>
  );
}

function tabLabel(panel: Panel, counts: Record<Exclude<Panel, 'article'>, number>): string {
  if (panel === 'article') return 'Article';
  const noun = { names: 'Names', quotes: 'Quotes', timeline: 'Timeline' }[panel];
  return `${noun} (${counts[panel]})`;
}
