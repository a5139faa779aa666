import { messageParts } from '../text/userText';

/**
 * One message of the app, with each quoted piece of user text isolated in a <bdi>: right-to-left text in a
 * quote stays inside its quote marks and cannot reorder the app's own words.
 */
export function UserMessage({ text }: { text: string }) {
  return (
    <>
      {messageParts(text).map((part, i) => (part.quoted ? <bdi key={i}>{part.text}</bdi> : part.text))}
    </>
  );
}
