import { MAX_CELL_CHARS } from '../state/limits';

/** The length an input's text would have after inserting `added` characters over its selection. */
function lengthAfter(input: HTMLInputElement, added: number): number {
  const selected = (input.selectionEnd ?? 0) - (input.selectionStart ?? 0);
  return input.value.length - selected + added;
}

/**
 * Refuses, before the browser inserts it, any paste, drop or typed text that would make a text input under
 * `root` longer than MAX_CELL_CHARS: `refused` hears which input and how long the text would have been. The
 * text itself is never read past its length. Returns the function that stops listening.
 */
export function refuseLongInput(root: HTMLElement, refused: (input: HTMLInputElement, length: number) => void): () => void {
  const check = (event: Event, added: number | undefined) => {
    const input = event.target;
    if (!(input instanceof HTMLInputElement) || added === undefined) return;
    const length = lengthAfter(input, added);
    if (length <= MAX_CELL_CHARS) return;
    event.preventDefault();
    refused(input, length);
  };
  const onPaste = (event: ClipboardEvent) => check(event, event.clipboardData?.getData('text/plain').length);
  const onBeforeInput = (event: InputEvent) => {
    if (!event.inputType.startsWith('insert')) return;
    check(event, (event.data ?? event.dataTransfer?.getData('text/plain'))?.length);
  };
  root.addEventListener('paste', onPaste);
  root.addEventListener('beforeinput', onBeforeInput);
  return () => {
    root.removeEventListener('paste', onPaste);
    root.removeEventListener('beforeinput', onBeforeInput);
  };
}
