// Whether finished code blocks may wait for idle time to be highlighted: true inside an answer
// that is still streaming. Elsewhere (a finished answer, history) they are highlighted at once.
import { createContext } from 'react';

export const DeferHighlightContext = createContext(false);
