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
 * hasLongWord for one answer's text, which only grows while it streams: each call reads only what
 * was added since the last, carrying the length of the run the text ended with. (Scanning the
 * added text together with the 999 characters before it, with the pattern above, cost a scan of
 * about a thousand characters per answer per frame: 57 ms of a bench:render profile.) Text that
 * got shorter is read whole again.
 */
export function createLongWordWatch(): (text: string) => boolean {
  // Any whitespace, as \S's complement; global so exec goes on from lastIndex.
  const space = /\s/g;
  let scanned = 0;
  let runStart = 0;
  let found = false;
  return (text) => {
    if (text.length < scanned) {
      scanned = 0;
      runStart = 0;
      found = false;
    }
    if (found) return true;
    space.lastIndex = scanned;
    for (let match = space.exec(text); match; match = space.exec(text)) {
      if (match.index - runStart >= RUN) break;
      runStart = match.index + 1;
    }
    space.lastIndex = 0;
    scanned = text.length;
    // A run that reaches the end, or one closed by the space the loop stopped at.
    found = text.length - runStart >= RUN;
    return found;
  };
}

/** The class that turns kerning off (styles/base.css). */
export const LONG_WORDS_CLASS = 'long-words';
