// How a Markdown link is opened. The app provides api.openExternal (main allow-lists https);
// the default does nothing, so a link can never navigate the app's own window.
import { createContext } from 'react';

export type OpenLink = (url: string) => void;

export const LinkOpenerContext = createContext<OpenLink>(() => undefined);
