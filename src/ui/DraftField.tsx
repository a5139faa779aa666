import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { MAX_CELL_CHARS, tooLongMessage, type Checked } from '../state';
import { refuseLongInput } from './refuseLongInput';
import { screenNumberText } from '../format/typedText';

interface DraftFieldProps {
  /** The field's accessible name (and visible label unless `label` is given). */
  name: string;
  label?: ReactNode;
  /** The value in the store. */
  value: number;
  check: (text: string) => Checked;
  apply: (value: number) => void;
  /**
   * 'commit' applies on Enter or on leaving the field (a seed: each change restarts the run);
   * 'live' applies every valid keystroke (a test input: the prediction follows as you type).
   */
  mode: 'commit' | 'live';
  className?: string;
  inputClassName?: string;
  /**
   * The field's problem, for the panel to show where there is room (a message inside a narrow field would
   * wrap word by word). The panel renders it with the id `messageId`, which the field points at.
   */
  onMessage: (message: string | null) => void;
  messageId: string;
  /** The id of a note about the value shown (which rate it is), read with the field; absent: none. */
  noteId?: string;
}

/**
 * A number field that keeps exactly what was typed. Valid text reaches the store; invalid text stays in the
 * field, marked, with a message naming the field and the rule, and the store keeps its last valid value.
 * When the store's value changes from elsewhere (a preset, a link, New seed), the field shows it.
 */
export function DraftField({ name, label, value, check, apply, mode, className, inputClassName, onMessage, messageId, noteId }: DraftFieldProps) {
  // The store's value in the screen's form ("0,5" in German); what is typed stays as typed.
  const [text, setText] = useState(() => screenNumberText(String(value)));
  const [message, setMessage] = useState<string | null>(null);
  const [seen, setSeen] = useState(value);
  const inputId = useId();
  const wrapper = useRef<HTMLDivElement>(null);
  // Text longer than any number is refused before the browser puts it in, and said so.
  useEffect(() => {
    if (!wrapper.current) return;
    return refuseLongInput(wrapper.current, (_input, length) => setMessage(tooLongMessage(name, length)));
  }, [name]);
  // The panel shows the message; it hears of every change, including a reset from the store.
  useEffect(() => onMessage(message), [message, onMessage]);

  // The store moved on its own: show its value, unless the text already reads as that value.
  if (!Object.is(seen, value)) {
    setSeen(value);
    const current = check(text);
    if (!(current.ok && current.value === value)) {
      setText(screenNumberText(String(value)));
      setMessage(null);
    }
  }

  const commit = () => {
    const checked = check(text);
    if (checked.ok) {
      setMessage(null);
      if (checked.value !== value) apply(checked.value);
    } else {
      setMessage(checked.message);
    }
  };

  return (
    <div ref={wrapper} className={`field${message ? ' is-invalid' : ''}${className ? ` ${className}` : ''}`}>
      <label htmlFor={inputId}>{label ?? name}</label>
      <input
        id={inputId}
        type="text"
        inputMode="decimal"
        autoComplete="off"
        spellCheck={false}
        aria-label={name}
        aria-invalid={message ? true : undefined}
        aria-describedby={[message ? messageId : null, noteId ?? null].filter(Boolean).join(' ') || undefined}
        className={inputClassName}
        value={text}
        onChange={(event) => {
          const next = event.target.value;
          if (next.length > MAX_CELL_CHARS) {
            setMessage(tooLongMessage(name, next.length));
            return;
          }
          setText(next);
          if (mode === 'live') {
            const checked = check(next);
            if (checked.ok) {
              setMessage(null);
              if (checked.value !== value) apply(checked.value);
            }
          }
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            commit();
          }
        }}
        onBlur={commit}
      />
    </div>
  );
}
