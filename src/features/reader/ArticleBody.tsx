import { useState } from 'react';
import type { ArticleAsset } from '../../shared/article-asset';
import { CopyLinkButton } from '../../ui/CopyLinkButton';
import { BlockText } from './BlockText';

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
  const ids = asset.paragraphs.map((p) => p.id);
  const filtering = selected.length > 0;
  const open = (from: number, to: number) => setExpanded((s) => new Set([...s, ...ids.slice(from, to + 1)]));
  // A deep-linked paragraph is never folded away.
  const shown = markedParagraph ? new Set([...visible, markedParagraph]) : visible;
  return (
    <div className="article-body">
      {rowsFor(ids, filtering ? shown : new Set(ids), expanded).map((row) => {
        if (row.kind === 'hidden') {
          const n = row.to - row.from + 1;
          return (
            <button key={`h-${ids[row.from]}`} type="button" className="hidden-row" aria-expanded={false} onClick={() => open(row.from, row.to)}>
              {n} paragraph{n === 1 ? '' : 's'} hidden — show
            </button>
          );
        }
        const p = asset.paragraphs[row.index]!;
        const dimmed = filtering && !visible.has(p.id);
        return (
          <div key={p.id} className={`paragraph-row${dimmed ? ' dimmed' : ''}${markedParagraph === p.id ? ' marked' : ''}`}>
            <p id={p.id} tabIndex={-1} className="paragraph">
              <BlockText blockId={p.id} text={p.text} entities={asset.entities} quotes={asset.quotes} selected={selected} markedQuote={markedQuote} onToggle={onToggle} />
            </p>
            <CopyLinkButton label={`Copy link to paragraph ${row.index + 1}`} url={() => new URL(linkTo(p.id), window.location.origin).href} />
          </div>
        );
      })}
    </div>
  );
}
