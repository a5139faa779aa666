import { useId, useState } from 'react';

/** A chart's data table: open or not, and the ids that tie its toggle to it. */
export interface DataTableState {
  open: boolean;
  /** The table's id (the toggle's aria-controls). */
  id: string;
  toggleId: string;
  toggle(): void;
  /** Closes the table and puts focus back on its toggle, so Escape does not drop a keyboard user at the page's top. */
  close(): void;
}

export function useDataTable(): DataTableState {
  const [open, setOpen] = useState(false);
  const id = useId();
  const toggleId = `${id}-toggle`;
  return {
    open,
    id,
    toggleId,
    toggle: () => setOpen((was) => !was),
    close: () => {
      setOpen(false);
      document.getElementById(toggleId)?.focus();
    },
  };
}
