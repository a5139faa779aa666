import { useCallback, useState } from 'react';
import { UserMessage } from './UserMessage';

/** The messages of a panel's fields, by field name, and a setter per field for DraftField's onMessage. */
export function useFieldMessages() {
  const [messages, setMessages] = useState<Record<string, string>>({});
  const reporter = useCallback(
    (name: string) => (message: string | null) =>
      setMessages((old) => {
        if ((old[name] ?? null) === message) return old;
        const next = { ...old };
        if (message === null) delete next[name];
        else next[name] = message;
        return next;
      }),
    [],
  );
  return { messages, reporter };
}

/** The id a field's message has, for aria-describedby. */
export const fieldMessageId = (name: string) => `field-message-${name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;

/** A panel's field messages, full width under its fields, each naming its field and the rule. */
export function FieldMessages({ messages, order }: { messages: Record<string, string>; order: readonly string[] }) {
  const shown = order.filter((name) => messages[name]);
  if (shown.length === 0) return null;
  return (
    <ul className="field-messages">
      {shown.map((name) => (
        <li key={name} id={fieldMessageId(name)} role="alert">
          <span aria-hidden="true">⚠ </span>
          <UserMessage text={messages[name]!} />
        </li>
      ))}
    </ul>
  );
}
