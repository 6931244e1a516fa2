import type { Entity, Quote } from '../../shared/article-asset';
import { MentionButton } from './MentionButton';
import { segmentBlock } from './segments';

interface Props {
  blockId: string;
  text: string;
  entities: readonly Entity[];
  quotes: readonly Quote[];
  selected: readonly string[];
  markedQuote: string | null;
  onToggle: (id: string) => void;
}

/** A block's text with its mentions as buttons and its quotes marked; text is always rendered as text. */
export function BlockText({ blockId, text, entities, quotes, selected, markedQuote, onToggle }: Props) {
  const byId = new Map(entities.map((e) => [e.id, e]));
  return (
    <>
      {segmentBlock(blockId, text, entities, quotes).map((s) => {
        const inQuote = s.quote ? ` in-quote${s.quote === markedQuote ? ' marked-quote' : ''}` : '';
        if (s.kind === 'mention') {
          return (
            <span key={s.start} className={inQuote.trim() || undefined} data-quote={s.quote}>
              <MentionButton text={s.text} entity={byId.get(s.entity)!} active={selected.includes(s.entity)} onToggle={onToggle} />
            </span>
          );
        }
        return s.quote ? (
          <span key={s.start} className={inQuote.trim()} data-quote={s.quote}>
            {s.text}
          </span>
        ) : (
          <span key={s.start}>{s.text}</span>
        );
      })}
    </>
  );
}
