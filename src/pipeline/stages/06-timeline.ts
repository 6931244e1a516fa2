import type { Block, Entity, TimelineEvent } from '../../shared/article-asset';
import type { Sentence } from './03-sentences';
export function buildTimeline(_b: readonly Block[], _s: readonly Sentence[], _e: readonly Entity[], _p: string | null): TimelineEvent[] { return []; }
