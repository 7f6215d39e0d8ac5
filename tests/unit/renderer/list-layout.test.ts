import { describe, expect, it } from 'vitest';
import { createListLayout } from '../../../renderer/src/lib/list-layout';

function layoutWithListener() {
  const layout = createListLayout({ estimate: 100, overscan: 0, initialHeight: 500 });
  let notified = 0;
  layout.subscribe(() => (notified += 1));
  return { layout, notified: () => notified };
}

const keys = Array.from({ length: 50 }, (_, i) => `turn-${i}`);

describe('createListLayout', () => {
  it('hands out the same range while nothing on screen changes', () => {
    const { layout } = layoutWithListener();
    const first = layout.range(keys);
    expect(layout.range([...keys])).toBe(first);
    expect(first.start).toBe(0);
    expect(first.end).toBe(5);
  });

  it('does not ask for a render while an answer on screen grows or the list follows it', () => {
    const { layout, notified } = layoutWithListener();
    const before = layout.range(keys.slice(0, 1));
    for (let height = 100; height < 5000; height += 37) layout.setHeights([['turn-0', height]]);
    for (let top = 0; top < 4500; top += 50) layout.setViewport(top, 500);
    expect(notified()).toBe(0);
    expect(layout.range(keys.slice(0, 1))).toBe(before);
  });

  it('asks for a render when scrolling brings other items on screen', () => {
    const { layout, notified } = layoutWithListener();
    layout.range(keys);
    layout.setViewport(2000, 500);
    expect(notified()).toBe(1);
    const range = layout.range(keys);
    expect(range.start).toBe(20);
    expect(range.end).toBe(25);
    expect(range.padTop).toBe(2000);
  });

  it('uses measured heights for the items around the viewport', () => {
    const { layout, notified } = layoutWithListener();
    layout.range(keys);
    layout.setHeights([['turn-0', 1000]]);
    expect(notified()).toBe(1);
    expect(layout.range(keys).end).toBe(1);
    layout.setViewport(1000, 500);
    expect(layout.range(keys)).toMatchObject({ start: 1, end: 6, padTop: 1000 });
  });

  it('recomputes when items are added', () => {
    const { layout } = layoutWithListener();
    const one = layout.range(keys.slice(0, 1));
    const two = layout.range(keys.slice(0, 2));
    expect(two).not.toBe(one);
    expect(two.end).toBe(2);
  });
});
