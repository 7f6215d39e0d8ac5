// Serialises async work per key: a read queued behind a write sees the written value, and two
// writes to one key land in the order they were asked for (as VS Code does for its secrets).
export interface KeyedLock {
  run<T>(key: string, work: () => Promise<T>): Promise<T>;
}

export function createKeyedLock(): KeyedLock {
  const tails = new Map<string, Promise<unknown>>();
  return {
    run<T>(key: string, work: () => Promise<T>): Promise<T> {
      const previous = tails.get(key) ?? Promise.resolve();
      // A failed operation must not poison the queue for the ones after it.
      const result = previous.catch(() => undefined).then(work);
      const tail = result.catch(() => undefined);
      tails.set(key, tail);
      void tail.then(() => {
        // Forget idle keys so the map does not grow with every profile ever touched.
        if (tails.get(key) === tail) tails.delete(key);
      });
      return result;
    },
  };
}
