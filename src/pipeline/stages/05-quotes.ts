import type { Block, Entity, Quote } from '../../shared/article-asset';
import type { Sentence } from './03-sentences';
export function findQuotes(_b: readonly Block[], _s: readonly Sentence[], _e: readonly Entity[]): Quote[] { return []; }
