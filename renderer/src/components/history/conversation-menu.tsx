// One "Actions" button per conversation instead of four: the menu it opens is reached with the
// arrow keys, Esc closes it and gives focus back to the button.
import { useEffect, useRef, useState } from 'react';

export interface MenuAction {
  label: string;
  danger?: boolean;
  run(): void;
}

interface ConversationMenuProps {
  title: string;
  actions: MenuAction[];
}

export function ConversationMenu({ title, actions }: ConversationMenuProps) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLUListElement>(null);

  const items = () => [...(menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) button.current?.focus();
  };

  useEffect(() => {
    if (!open) return;
    items()[0]?.focus();
    const onPointerDown = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!menu.current?.contains(target) && !button.current?.contains(target)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  const move = (step: number) => {
    const list = items();
    const at = list.findIndex((el) => el === document.activeElement);
    list[(at + step + list.length) % list.length]?.focus();
  };

  return (
    <span className="conversation-menu">
      <button
        ref={button}
        type="button"
        className="ghost-button conversation-menu__button"
        aria-label={`Actions for ${title}`}
        aria-haspopup="menu"
        aria-expanded={open}
        onClick={() => setOpen((o) => !o)}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown') {
            event.preventDefault();
            setOpen(true);
          }
        }}
      >
        ⋯
      </button>
      {open && (
        <ul
          ref={menu}
          role="menu"
          aria-label={`Actions for ${title}`}
          className="conversation-menu__list"
          onKeyDown={(event) => {
            if (event.key === 'ArrowDown') move(1);
            else if (event.key === 'ArrowUp') move(-1);
            else if (event.key === 'Home') items()[0]?.focus();
            else if (event.key === 'End') items().at(-1)?.focus();
            else if (event.key === 'Escape') {
              event.stopPropagation();
              close(true);
            } else if (event.key === 'Tab') close(false);
            else return;
            if (event.key !== 'Tab') event.preventDefault();
          }}
        >
          {actions.map((action) => (
            <li key={action.label} role="none">
              <button
                type="button"
                role="menuitem"
                tabIndex={-1}
                className={`conversation-menu__item${action.danger ? ' danger' : ''}`}
                onClick={() => {
                  close(false);
                  action.run();
                }}
              >
                {action.label}
              </button>
            </li>
          ))}
        </ul>
      )}
    </span>
  );
}
