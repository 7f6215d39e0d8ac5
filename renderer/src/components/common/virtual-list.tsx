// A windowing list for variable-height items: only items near the viewport are in the DOM, so a
// long thread costs no more than a short one. Heights are measured as items render; the list
// follows the bottom while the user is there (new tokens arrive at the end).
import {
  useCallback,
  useLayoutEffect,
  useRef,
  useState,
  useSyncExternalStore,
  type ReactNode,
} from 'react';
import { createListLayout } from '../../lib/list-layout';
import type { ScrollSync } from '../../lib/scroll-sync';

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
  const content = useRef<HTMLDivElement>(null);
  const [layout] = useState(() => createListLayout({ estimate, overscan: OVERSCAN }));
  const atBottom = useRef(true);
  const observer = useRef<ResizeObserver | null>(null);

  const keys: string[] = [];
  for (let index = 0; index < count; index += 1) keys.push(itemKey(index));
  // Measurements live outside React: a growing answer re-renders this list only when the set of
  // items on screen changes, not on every frame.
  const range = useSyncExternalStore(layout.subscribe, () => layout.range(keys));

  useLayoutEffect(() => {
    const element = scroller.current;
    const list = content.current;
    if (!element || !list) return;
    // Resize observations arrive after layout and before paint: reading the scroll height here
    // costs no extra layout (a layout effect would force one per pane per frame), and following
    // the bottom from here still lands in the same frame as the new tokens.
    const resized = new ResizeObserver((entries) => {
      const heights: [string, number][] = [];
      for (const entry of entries) {
        const key = (entry.target as HTMLElement).dataset.key;
        if (!key) continue;
        heights.push([
          key,
          Math.ceil(entry.borderBoxSize[0]?.blockSize ?? entry.contentRect.height),
        ]);
      }
      if (atBottom.current) element.scrollTop = element.scrollHeight;
      layout.setViewport(element.scrollTop, element.clientHeight);
      layout.setHeights(heights);
    });
    // A native passive listener: React's event system walks the component tree for every scroll
    // event, and a list following new tokens scrolls every frame.
    const onScroll = () => {
      atBottom.current =
        element.scrollHeight - element.scrollTop - element.clientHeight < BOTTOM_SLACK;
      layout.setViewport(element.scrollTop, element.clientHeight);
    };
    element.addEventListener('scroll', onScroll, { passive: true });
    resized.observe(element);
    resized.observe(list);
    // Items mounted with the list attached their refs before this observer existed.
    for (const item of list.querySelectorAll<HTMLElement>(':scope > [data-key]')) {
      resized.observe(item);
    }
    observer.current = resized;
    return () => {
      element.removeEventListener('scroll', onScroll);
      resized.disconnect();
      observer.current = null;
    };
  }, [layout]);

  useLayoutEffect(() => {
    const element = scroller.current;
    if (!element || !scrollSync) return;
    return scrollSync.register(element);
  }, [scrollSync]);

  const itemRef = useCallback((element: HTMLDivElement) => {
    const current = observer.current;
    current?.observe(element);
    return () => current?.unobserve(element);
  }, []);

  const rendered: ReactNode[] = [];
  for (let index = range.start; index < range.end; index += 1) {
    const key = keys[index] ?? String(index);
    rendered.push(
      <div key={key} data-key={key} ref={itemRef} className="virtual-list__item" role="listitem">
        {renderItem(index)}
      </div>,
    );
  }

  return (
    <div ref={scroller} className={`virtual-list ${className ?? ''}`}>
      <div ref={content} role="list" aria-label={label}>
        <div style={{ height: range.padTop }} aria-hidden="true" />
        {rendered}
        <div style={{ height: range.padBottom }} aria-hidden="true" />
      </div>
    </div>
  );
}
