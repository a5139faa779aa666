import { useId, useLayoutEffect, useRef, useState } from 'react';
import { UserMessage } from './UserMessage';
import './countField.css';

type Check<T> = (text: string) => { ok: true; value: T } | { ok: false; message: string };

interface CountFieldProps<T> {
  /** The accessible name; also the visible label unless `hideLabel`. */
  name: string;
  /** The value on screen, as text ("10,000", "no limit"); the field shows it whenever nothing is being typed. */
  shown: string;
  check: Check<T>;
  /** Called with the checked value on Enter (and on leaving the field, or choosing from `choices`). */
  apply: (value: T) => void;
  /** Suggestions offered under the field (a datalist): picking one applies it at once. */
  choices?: readonly string[];
  hideLabel?: boolean;
  className?: string;
  title?: string | undefined;
  disabled?: boolean;
  /** An element that describes the field (why it is disabled). */
  describedBy?: string | undefined;
  /**
   * For a value that changes many times a second (the iteration in a run): subscribes a writer that puts the new
   * text in the field, unless something is being typed, without a render; returns how to stop. `shown` is then
   * the text at the time of a render.
   */
  follow?: ((write: (text: string) => void) => () => void) | undefined;
}

/**
 * A small field for an iteration count in a bar of controls. It shows the store's value until the user types;
 * then it keeps the typing until Enter (or leaving the field) applies it. A problem shows in a bubble under the
 * field, over the page, so nothing around it moves; Escape drops the typing.
 */
export function CountField<T>({ name, shown, check, apply, choices, hideLabel, className, title, disabled, describedBy, follow }: CountFieldProps<T>) {
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const draftRef = useRef(draft);
  useLayoutEffect(() => {
    draftRef.current = draft;
  });
  useLayoutEffect(
    () =>
      follow?.((text) => {
        const input = inputRef.current;
        if (input && draftRef.current === null && input.value !== text) input.value = text;
      }),
    [follow],
  );
  const [message, setMessage] = useState<string | null>(null);
  const messageId = `${id}-message`;
  const listId = `${id}-choices`;

  const commit = (text: string) => {
    const checked = check(text);
    if (checked.ok) {
      setDraft(null);
      setMessage(null);
      apply(checked.value);
    } else {
      setMessage(checked.message);
    }
  };

  return (
    <div className={`count-field${message ? ' is-invalid' : ''}${className ? ` ${className}` : ''}`}>
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : 'count-field-label'}>
        {name}
      </label>
      <input
        ref={inputRef}
        id={id}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        spellCheck={false}
        title={title}
        list={choices ? listId : undefined}
        aria-invalid={message ? true : undefined}
        disabled={disabled}
        aria-describedby={[message ? messageId : null, describedBy].filter(Boolean).join(' ') || undefined}
        value={draft ?? shown}
        onChange={(event) => {
          const text = event.target.value;
          setDraft(text);
          setMessage(null);
          // A suggestion picked from the list applies at once, as a select would (typing "10" on the way to
          // "100" is not a pick: the browser marks a pick as a replacement of the text).
          const inputType = (event.nativeEvent as InputEvent).inputType as string | undefined;
          if (choices?.includes(text) && (inputType === undefined || inputType === 'insertReplacementText')) commit(text);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && draft !== null) {
            event.preventDefault();
            commit(draft);
          } else if (event.key === 'Escape' && (draft !== null || message)) {
            event.preventDefault();
            event.stopPropagation();
            setDraft(null);
            setMessage(null);
          }
        }}
        onFocus={(event) => event.target.select()}
        onBlur={() => {
          if (draft !== null) commit(draft);
        }}
      />
      {choices && (
        <datalist id={listId}>
          {choices.map((choice) => (
            <option key={choice} value={choice} />
          ))}
        </datalist>
      )}
      {message && (
        <p id={messageId} className="count-field-message" role="alert">
          <span aria-hidden="true">⚠ </span>
          <UserMessage text={message} />
        </p>
      )}
    </div>
  );
}
