// Text with a very long unbroken run ("word") is laid out with kerning off. With kerning on,
// Chromium shapes such a run again at every line it wraps, so layout grows with the square of
// its length: a 200,000-character word in the app's font (DejaVu Sans here) took 27 s to lay out,
// and 37 ms with kerning off (measured 2026-11-28 in Debian's Chromium). Ordinary text breaks at
// spaces and keeps its kerning.

/** Past this many characters without a space, a run is "long". */
const RUN = 1000;
const LONG_RUN = new RegExp(`\\S{${RUN}}`);

export function hasLongWord(text: string): boolean {
  return text.length >= RUN && LONG_RUN.test(text);
}

/**
 * hasLongWord for one answer's text, which only grows while it streams: each call scans what was
 * added since the last, with the run that may reach back into it, not the whole text again. Text
 * that got shorter is scanned whole.
 */
export function createLongWordWatch(): (text: string) => boolean {
  let scanned = 0;
  let found = false;
  return (text) => {
    if (text.length < scanned) {
      scanned = 0;
      found = false;
    }
    if (!found) found = hasLongWord(text.slice(Math.max(0, scanned - RUN + 1)));
    scanned = text.length;
    return found;
  };
}

/** The class that turns kerning off (styles/base.css). */
export const LONG_WORDS_CLASS = 'long-words';
