// A store selection for a value that changes on every frame while an answer streams (the answer
// itself), held in component state instead of useSyncExternalStore (which useAppStore uses).
//
// useSyncExternalStore queues a passive effect for every render whose selection changed, and a
// commit with any passive effect also posts React's passive-effect task: one extra task per frame
// while four panes stream, and an effect per answer per frame. A state update queues neither.
// Parts are applied inside flushSync (use-api-events.ts), so the update still renders in the
// frame that applied them; an update from anywhere else renders in React's next task.
import { useLayoutEffect, useState, type DependencyList } from 'react';
import { useAppStore, type AppStore } from '../store/app-store';

/**
 * `select` applied to the store, kept current. It may change only with `deps` (like useCallback),
 * and what it returns must be a value the store keeps (compared with `equals`, Object.is unless
 * given, not rebuilt). `equals` is a fixed function; one that overlooks some changes holds the
 * first value of a run that compare equal, so what it overlooks must be read elsewhere.
 */
export function useStreamedSelection<T>(
  select: (state: AppStore) => T,
  deps: DependencyList,
  equals: (a: T, b: T) => boolean = Object.is,
): T {
  const [held, setHeld] = useState(() => ({ deps, value: select(useAppStore.getState()) }));
  // New deps (the component shows another answer): read at once, not a frame late.
  const current = sameItems(held.deps, deps) ? held.value : select(useAppStore.getState());
  useLayoutEffect(() => {
    // The value this subscription last handed over: an equal one asks nothing of React.
    let last: { value: T } | undefined;
    const take = () => {
      const value = select(useAppStore.getState());
      if (last && equals(last.value, value)) return;
      last = { value };
      setHeld((old) =>
        equals(old.value, value) && sameItems(old.deps, deps) ? old : { deps, value },
      );
    };
    // Whatever changed between the render and now.
    take();
    return useAppStore.subscribe(take);
    // `select` changes only with `deps`, by this hook's contract.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
  return current;
}

/** Whether two lists hold the same items in the same order (Object.is, as deps are compared). */
export function sameItems(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((value, index) => Object.is(value, b[index]));
}
