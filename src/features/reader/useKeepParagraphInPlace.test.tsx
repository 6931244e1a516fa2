import { render } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useKeepParagraphInPlace } from './useKeepParagraphInPlace';

let pin: (from: Element | null) => void = () => {};
function Probe({ filterKey }: { filterKey: string }) {
  pin = useKeepParagraphInPlace(filterKey);
  return (
    <p id="p1" className="paragraph">
      <span className="mention">Name</span>
    </p>
  );
}

const topAt = (el: Element, top: number) => vi.spyOn(el, 'getBoundingClientRect').mockReturnValue({ top } as DOMRect);

describe('useKeepParagraphInPlace', () => {
  afterEach(() => vi.restoreAllMocks());

  it('scrolls by as much as the pinned paragraph moved once the new filter is committed', () => {
    const scrollBy = vi.spyOn(window, 'scrollBy').mockImplementation(() => {});
    const { rerender, container } = render(<Probe filterKey="" />);
    const paragraph = container.querySelector('#p1')!;
    topAt(paragraph, 400);
    pin(container.querySelector('.mention'));
    topAt(paragraph, 120);
    rerender(<Probe filterKey="someone" />);
    expect(scrollBy).toHaveBeenCalledWith(0, -280);
  });

  it('leaves the page alone for a toggle from outside a paragraph, or when nothing moved', () => {
    const scrollBy = vi.spyOn(window, 'scrollBy').mockImplementation(() => {});
    const { rerender, container } = render(<Probe filterKey="" />);
    pin(document.body);
    rerender(<Probe filterKey="someone" />);
    const paragraph = container.querySelector('#p1')!;
    topAt(paragraph, 300);
    pin(paragraph.firstElementChild);
    rerender(<Probe filterKey="" />);
    expect(scrollBy).not.toHaveBeenCalled();
  });
});
