// Every keyboard shortcut, as the "?" sheet lists them (the README's table says the same).
export interface Shortcut {
  keys: string;
  action: string;
}

export const SHORTCUTS: readonly Shortcut[] = [
  { keys: 'Enter / Shift+Enter', action: 'Send / new line' },
  { keys: 'Esc', action: 'Stop every streaming pane; close a dialog or menu' },
  { keys: 'Ctrl+L (⌘L)', action: 'Focus the prompt' },
  {
    keys: 'Ctrl+K (⌘K)',
    action: 'Search history; ↓ / ↑ move through the results, Enter opens one',
  },
  { keys: 'Ctrl+N (⌘N)', action: 'New conversation' },
  { keys: 'Ctrl+1…4 (⌘1…4)', action: 'Send the next prompt to that pane only' },
  { keys: 'Alt+1…4', action: 'Continue every pane from that pane’s answer to the newest turn' },
  { keys: 'Ctrl+, (⌘,)', action: 'Open Settings' },
  { keys: '?', action: 'Show these shortcuts' },
  { keys: 'Tab on the first stop', action: 'Skip to the prompt' },
];
