import {
  elementScroll,
  observeElementOffset,
  observeElementRect,
  Virtualizer,
  type VirtualizerOptions,
} from '@tanstack/virtual-core';
import { useLayoutEffect, useReducer, useState } from 'preact/hooks';

/**
 * TanStack's framework-free virtualiser wired to Preact the way its React
 * adapter does: only the rows in view (plus a few) are in the DOM, so 50,000
 * leads scroll like 50.
 */
export function useVirtualRows(options: {
  count: number;
  rowHeight: number;
  getScrollElement: () => HTMLElement | null;
  overscan?: number;
}): Virtualizer<HTMLElement, HTMLElement> {
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const resolved: VirtualizerOptions<HTMLElement, HTMLElement> = {
    count: options.count,
    getScrollElement: options.getScrollElement,
    estimateSize: () => options.rowHeight,
    overscan: options.overscan ?? 8,
    scrollToFn: elementScroll,
    observeElementRect,
    observeElementOffset,
    // A first paint before the scroll element is measured still shows a screenful.
    initialRect: { width: 400, height: 800 },
    onChange: () => rerender(0),
  };
  const [instance] = useState(() => new Virtualizer<HTMLElement, HTMLElement>(resolved));
  instance.setOptions(resolved);
  useLayoutEffect(() => instance._didMount(), [instance]);
  useLayoutEffect(() => {
    instance._willUpdate();
  });
  return instance;
}
