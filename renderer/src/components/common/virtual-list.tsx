// A windowing list for variable-height items: only items near the viewport are in the DOM, so a
// long thread costs no more than a short one. Heights are measured as items render; the list
// follows the bottom while the user is there (new tokens arrive at the end).
import { useCallback, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import type { ScrollSync } from '../../lib/scroll-sync';
import { computeVirtualRange } from '../../lib/virtual-range';

interface VirtualListProps {
  count: number;
  itemKey(index: number): string;
  renderItem(index: number): ReactNode;
  estimate: number;
  label: string;
  className?: string;
  scrollSync?: ScrollSync;
}

const OVERSCAN = 600;
// Small, so a short scroll up is enough to stop following new tokens.
const BOTTOM_SLACK = 4;

export function VirtualList(props: VirtualListProps) {
  const { count, itemKey, renderItem, estimate, label, className, scrollSync } = props;
  const scroller = useRef<HTMLDivElement>(null);
  const [heights, setHeights] = useState<Map<string, number>>(() => new Map());
  const [viewport, setViewport] = useState({ scrollTop: 0, height: 800 });
  const atBottom = useRef(true);
  const observer = useRef<ResizeObserver | null>(null);

  const byIndex = new Map<number, number>();
  for (let index = 0; index < count; index += 1) {
    const height = heights.get(itemKey(index));
    if (height !== undefined) byIndex.set(index, height);
  }
  const range = computeVirtualRange({
    count,
    heights: byIndex,
    estimate,
    scrollTop: viewport.scrollTop,
    viewportHeight: viewport.height,
    overscan: OVERSCAN,
  });

  const measure = useCallback((entries: ResizeObserverEntry[]) => {
    setHeights((current) => {
      let next: Map<string, number> | null = null;
      for (const entry of entries) {
        const key = (entry.target as HTMLElement).dataset.key;
        if (!key) continue;
        const height = Math.ceil(entry.borderBoxSize[0]?.blockSize ?? entry.contentRect.height);
        if (current.get(key) !== height) {
          next ??= new Map(current);
          next.set(key, height);
        }
      }
      return next ?? current;
    });
  }, []);

  useLayoutEffect(() => {
    observer.current = new ResizeObserver(measure);
    const element = scroller.current;
    const onResize = () => {
      if (element) setViewport((v) => ({ ...v, height: element.clientHeight }));
    };
    onResize();
    window.addEventListener('resize', onResize);
    return () => {
      observer.current?.disconnect();
      observer.current = null;
      window.removeEventListener('resize', onResize);
    };
  }, [measure]);

  useLayoutEffect(() => {
    const element = scroller.current;
    if (!element || !scrollSync) return;
    return scrollSync.register(element);
  }, [scrollSync]);

  // Follow new content while the user is at the bottom.
  useLayoutEffect(() => {
    const element = scroller.current;
    if (element && atBottom.current) element.scrollTop = element.scrollHeight;
  });

  const itemRef = useCallback((element: HTMLDivElement) => {
    const current = observer.current;
    current?.observe(element);
    return () => current?.unobserve(element);
  }, []);

  const rendered: ReactNode[] = [];
  for (let index = range.start; index < range.end; index += 1) {
    const key = itemKey(index);
    rendered.push(
      <div key={key} data-key={key} ref={itemRef} className="virtual-list__item" role="listitem">
        {renderItem(index)}
      </div>,
    );
  }

  return (
    <div
      ref={scroller}
      className={`virtual-list ${className ?? ''}`}
      onScroll={(event) => {
        const element = event.currentTarget;
        atBottom.current =
          element.scrollHeight - element.scrollTop - element.clientHeight < BOTTOM_SLACK;
        setViewport({ scrollTop: element.scrollTop, height: element.clientHeight });
      }}
    >
      <div role="list" aria-label={label}>
        <div style={{ height: range.padTop }} aria-hidden="true" />
        {rendered}
        <div style={{ height: range.padBottom }} aria-hidden="true" />
      </div>
    </div>
  );
}
