// Keeps keyboard focus inside a modal dialog: Tab wraps around, focus that falls out (a button
// removed or disabled under it) is brought back, Esc closes from anywhere while it is open, and
// on close focus returns to where it was before.
import { useEffect, useRef, type RefObject } from 'react';

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';

function focusables(root: HTMLElement): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
    (el) => !el.hidden && el.offsetParent !== null,
  );
}

export function useDialogFocus(dialog: RefObject<HTMLElement | null>, onClose: () => void): void {
  const close = useRef(onClose);
  useEffect(() => {
    close.current = onClose;
  });
  useEffect(() => {
    const root = dialog.current;
    if (!root) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    // A control the dialog marks as where to start (e.g. the cloud for a second provider).
    (root.querySelector<HTMLElement>('[data-dialog-focus]') ?? root).focus();

    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        // Inner controls that use Esc themselves (a popup list) stop it before it gets here.
        event.preventDefault();
        event.stopPropagation();
        close.current();
        return;
      }
      if (event.key !== 'Tab') return;
      const items = focusables(root);
      const first = items[0];
      const last = items[items.length - 1];
      if (!first || !last) return;
      const active = document.activeElement;
      const inside = active instanceof Node && root.contains(active);
      if (event.shiftKey && (active === first || active === root || !inside)) {
        event.preventDefault();
        last.focus();
      } else if (!event.shiftKey && (active === last || !inside)) {
        event.preventDefault();
        first.focus();
      }
    };
    // Focus left the dialog with nowhere to go (the focused button was removed or disabled):
    // bring it back to the dialog's first control once the DOM has settled.
    const rescue = () => {
      requestAnimationFrame(() => {
        const active = document.activeElement;
        if (!root.isConnected) return;
        if (active === null || active === document.body || !root.contains(active)) {
          (
            root.querySelector<HTMLElement>('[data-dialog-focus]') ??
            focusables(root)[0] ??
            root
          ).focus();
        }
      });
    };
    const onFocusOut = (event: FocusEvent) => {
      if (event.relatedTarget === null) rescue();
    };
    // Removing or disabling the focused element moves focus to the body without a focusout.
    const observer = new MutationObserver(rescue);
    observer.observe(root, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['disabled'],
    });
    window.addEventListener('keydown', onKeyDown, true);
    root.addEventListener('focusout', onFocusOut);
    return () => {
      observer.disconnect();
      window.removeEventListener('keydown', onKeyDown, true);
      root.removeEventListener('focusout', onFocusOut);
      if (opener?.isConnected) opener.focus();
    };
  }, [dialog]);
}
