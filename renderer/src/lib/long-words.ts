// Text with a very long unbroken run ("word") is laid out with kerning off. With kerning on,
// Chromium shapes such a run again at every line it wraps, so layout grows with the square of
// its length: a 200,000-character word in the app's font (DejaVu Sans here) took 27 s to lay out,
// and 37 ms with kerning off (measured 2026-11-28 in Debian's Chromium). Ordinary text breaks at
// spaces and keeps its kerning.

/** Past this many characters without a space, a run is "long". */
const LONG_RUN = /\S{1000}/;

export function hasLongWord(text: string): boolean {
  return text.length >= 1000 && LONG_RUN.test(text);
}

/** The class that turns kerning off (styles/base.css). */
export const LONG_WORDS_CLASS = 'long-words';
