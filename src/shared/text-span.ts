import type { Span } from './article-asset';

export const spanLength = (s: Span): number => s.end - s.start;

export const spansOverlap = (a: Span, b: Span): boolean =>
  a.block === b.block && a.start < b.end && b.start < a.end;

export const spanContains = (outer: Span, inner: Span): boolean =>
  outer.block === inner.block && outer.start <= inner.start && inner.end <= outer.end;
