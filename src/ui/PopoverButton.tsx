import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import './popover.css';

interface PopoverButtonProps {
  label: string;
  /** Names the panel for screen readers (a region they can find). */
  panelLabel: string;
  children: ReactNode;
}

/**
 * A button that opens a panel of tools under it, over the page (a disclosure: nothing behind it is blocked).
 * Escape, the button again, or a press anywhere else closes it; Escape puts the focus back on the button.
 */
export function PopoverButton({ label, panelLabel, children }: PopoverButtonProps) {
  const [open, setOpen] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const panelId = useId();

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
          {children}
        </section>
      )}
    </div>
  );
}
