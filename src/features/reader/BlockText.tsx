import { Fragment, memo } from 'react';
import type { Entity } from '../../shared/article-asset';
import { MentionButton } from './MentionButton';
import type { Segment } from './segments';

interface Props {
  segments: readonly Segment[];
  entityById: ReadonlyMap<string, Entity>;
  /** The selected entity ids named in this block, joined: the only part of the filter this block shows. */
  activeKey: string;
  /** The marked quote, when it is in this block. */
  markedQuote: string | null;
  onToggle: (id: string) => void;
}

/**
 * A block's text with its mentions as toggle buttons and its quotes marked; text is always
 * rendered as text. Memoised: a filter change re-renders only the blocks it touches.
 */
export const BlockText = memo(function BlockText({ segments, entityById, activeKey, markedQuote, onToggle }: Props) {
  const active = new Set(activeKey ? activeKey.split(',') : []);
  return (
    <>
      {segments.map((s) => {
        const inQuote = s.quote ? `in-quote${s.quote === markedQuote ? ' marked-quote' : ''}` : '';
        const content =
          s.kind === 'mention' ? (
            <MentionButton key={s.start} text={s.text} entity={entityById.get(s.entity)!} active={active.has(s.entity)} onToggle={onToggle} />
          ) : (
            // Plain text is a bare text node: a long article has tens of thousands fewer elements.
            <Fragment key={s.start}>{s.text}</Fragment>
          );
        return s.quote ? (
          <span key={s.start} className={inQuote} data-quote={s.quote}>
            {content}
          </span>
        ) : (
          content
        );
      })}
    </>
  );
});
