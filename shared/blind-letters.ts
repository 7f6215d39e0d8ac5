// Blind comparison: each turn's answers are labelled A, B, C, D in an order shuffled per turn, so
// a pane's place on screen does not give its cloud away from one turn to the next. The shuffle is
// derived from the ids (not random), so every view of one turn agrees without storing it.

const LETTERS = ['A', 'B', 'C', 'D', 'E', 'F'] as const;

/** FNV-1a, enough to order a handful of ids unpredictably to a person. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** paneId → its letter for this turn. */
export function blindLetters(turnId: string, paneIds: readonly string[]): Record<string, string> {
  const order = [...paneIds].sort((a, b) => hash(`${turnId}:${a}`) - hash(`${turnId}:${b}`));
  return Object.fromEntries(order.map((paneId, i) => [paneId, LETTERS[i] ?? String(i + 1)]));
}
