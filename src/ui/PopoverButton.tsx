import { createContext, useContext, useEffect, useId, useRef, useState, type ReactNode } from 'react';
import './popover.css';

/** Closes the popover the caller is in (focus back on its button); does nothing outside a popover. */
const PopoverClose = createContext<() => void>(() => {});

/** For a tool inside a popover that is done (an import whose message must show): closes the popover. */
export function usePopoverClose(): () => void {
  return useContext(PopoverClose);
}

interface PopoverButtonProps {
  label: string;
  /** Names the panel for screen readers (a region they can find). */
  panelLabel: string;
  children: ReactNode;
}

/**
 * A button that opens a panel of tools under it, over the page (a disclosure: nothing behind it is blocked).
 * Escape, the button again, or a press anywhere else closes it; Escape puts the focus back on the button. A tool
 * inside closes it with usePopoverClose() when it is done and its message should show (notices sit under it).
 */
export function PopoverButton({ label, panelLabel, children }: PopoverButtonProps) {
  const [open, setOpen] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const panelId = useId();
  const close = () => {
    setOpen(false);
    button.current?.focus();
  };

  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (box.current && event.target instanceof Node && !box.current.contains(event.target)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  return (
    <div
      className="popover"
      ref={box}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && open) {
          setOpen(false);
          button.current?.focus();
        }
      }}
    >
      <button ref={button} type="button" aria-expanded={open} aria-controls={open ? panelId : undefined} onClick={() => setOpen(!open)}>
        {label} <span aria-hidden="true" className="popover-caret">{open ? '▴' : '▾'}</span>
      </button>
      {open && (
        <section id={panelId} className="popover-panel" aria-label={panelLabel}>
          <PopoverClose.Provider value={close}>{children}</PopoverClose.Provider>
        </section>
      )}
    </div>
  );
}
