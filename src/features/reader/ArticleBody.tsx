import { Fragment, memo, useState } from 'react';
import type { ArticleAsset, Block } from '../../shared/article-asset';
import { CopyLinkButton } from '../../ui/CopyLinkButton';
import { DeferredStylesheet } from '../../ui/DeferredStylesheet';
import { useStableCallback } from '../../ui/useStableCallback';
import { BlockText } from './BlockText';
import { firstScreenEnd } from './first-screen';
import { type ReadingIndex, activeKeyFor, quoteIfIn, readingIndex } from './reading-index';

interface Props {
  asset: ArticleAsset;
  selected: readonly string[];
  /** Paragraph ids that involve the filter (all of them without one). */
  visible: ReadonlySet<string>;
  markedParagraph: string | null;
  markedQuote: string | null;
  onToggle: (id: string) => void;
  linkTo: (paragraphId: string) => string;
}

type Row = { kind: 'paragraph'; index: number } | { kind: 'hidden'; from: number; to: number };

/** Rows to render: paragraphs, with runs of filtered-out paragraphs folded into one row each. */
export function rowsFor(ids: readonly string[], visible: ReadonlySet<string>, expanded: ReadonlySet<string>): Row[] {
  const rows: Row[] = [];
  for (let i = 0; i < ids.length; i++) {
    if (visible.has(ids[i]!) || expanded.has(ids[i]!)) {
      rows.push({ kind: 'paragraph', index: i });
      continue;
    }
    let j = i;
    while (j + 1 < ids.length && !visible.has(ids[j + 1]!) && !expanded.has(ids[j + 1]!)) j++;
    rows.push({ kind: 'hidden', from: i, to: j });
    i = j;
  }
  return rows;
}

export function ArticleBody({ asset, selected, visible, markedParagraph, markedQuote, onToggle, linkTo }: Props) {
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const index = readingIndex(asset);
  const ids = asset.paragraphs.map((p) => p.id);
  const filtering = selected.length > 0;
  const open = (from: number, to: number) => setExpanded((s) => new Set([...s, ...ids.slice(from, to + 1)]));
  // The link is built on click, from the filter of that moment.
  const linkFor = useStableCallback((id: string) => new URL(linkTo(id), window.location.origin).href);
  // A deep-linked paragraph is never folded away.
  const shown = markedParagraph ? new Set([...visible, markedParagraph]) : visible;
  const rows = rowsFor(ids, filtering ? shown : new Set(ids), expanded);
  // Every paragraph stays mounted; folded ones are hidden. A filter click then changes
  // attributes instead of mounting a thousand paragraphs again when it is cleared.
  const foldedRun = new Map<number, { from: number; to: number }>();
  for (const r of rows) if (r.kind === 'hidden') for (let i = r.from; i <= r.to; i++) foldedRun.set(i, r);
  const firstScreen = firstScreenEnd(asset.paragraphs);
  const items = asset.paragraphs.map((p, i) => {
    const run = foldedRun.get(i);
    const row = (
      <ParagraphRow
        paragraph={p}
        number={i + 1}
        index={index}
        activeKey={activeKeyFor(index, p.id, selected)}
        folded={run !== undefined}
        dimmed={filtering && !visible.has(p.id)}
        marked={markedParagraph === p.id}
        markedQuote={quoteIfIn(index, p.id, markedQuote)}
        onToggle={onToggle}
        linkFor={linkFor}
      />
    );
    const n = run ? run.to - run.from + 1 : 0;
    // Same slots every time (the fold button or nothing, then the row), so rows are never remounted.
    return (
      <Fragment key={p.id}>
        {run && run.from === i ? (
          <button type="button" className="hidden-row" aria-expanded={false} onClick={() => open(run.from, run.to)}>
            {n} paragraph{n === 1 ? '' : 's'} hidden — show
          </button>
        ) : null}
        {row}
        {i === firstScreen ? <DeferredStylesheet /> : null}
      </Fragment>
    );
  });
  return (
    <div className={`article-body${filtering ? ' filtering' : ''}`}>
      {asset.paragraphs.length === 0 && <DeferredStylesheet />}
      {chunks(items, CHUNK).map((chunk, c) => (
        <div className="paragraph-chunk" key={c}>
          {chunk}
        </div>
      ))}
    </div>
  );
}

/**
 * Paragraphs are grouped in fixed chunks that the browser may skip while off screen
 * (content-visibility, in styles.css): a thousand rows as fifty chunks make fifty
 * visibility checks and boxes per scrolled frame instead of a thousand.
 */
const CHUNK = 20;

function chunks<T>(xs: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += size) out.push(xs.slice(i, i + size));
  return out;
}

interface RowProps {
  paragraph: Block;
  number: number;
  index: ReadingIndex;
  activeKey: string;
  folded: boolean;
  dimmed: boolean;
  marked: boolean;
  markedQuote: string | null;
  onToggle: (id: string) => void;
  linkFor: (id: string) => string;
}

/** One paragraph with its link button; re-rendered only when something it shows changes. */
const ParagraphRow = memo(function ParagraphRow({ paragraph: p, number, index, activeKey, folded, dimmed, marked, markedQuote, onToggle, linkFor }: RowProps) {
  return (
    <div className={`paragraph-row${dimmed ? ' dimmed' : ''}${marked ? ' marked' : ''}`} hidden={folded}>
      <p id={p.id} tabIndex={-1} className="paragraph">
        <BlockText segments={index.segments.get(p.id) ?? []} entityById={index.entityById} activeKey={activeKey} markedQuote={markedQuote} onToggle={onToggle} />
      </p>
      <CopyLinkButton label={`Copy link to paragraph ${number}`} url={() => linkFor(p.id)} />
    </div>
  );
});
