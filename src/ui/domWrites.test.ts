import { describe, expect, it } from 'vitest';
import { setAttribute, setText } from './domWrites';

/** An element with one text node, or none, that counts the writes made to it. */
function fakeElement(text: string | null, attributes: Record<string, string> = {}) {
  const writes: string[] = [];
  const node = text === null ? null : { nodeType: 3, data: text };
  const element = {
    firstChild: node,
    lastChild: node,
    get textContent() {
      return node?.data ?? '';
    },
    set textContent(value: string) {
      writes.push(`textContent=${value}`);
    },
    hasAttribute: (name: string) => name in attributes,
    getAttribute: (name: string) => attributes[name] ?? null,
    setAttribute: (name: string, value: string) => {
      writes.push(`${name}=${value}`);
      attributes[name] = value;
    },
    removeAttribute: (name: string) => {
      writes.push(`-${name}`);
      delete attributes[name];
    },
  };
  // The text node's data, written in place, counts as a write too.
  if (node) {
    let data = node.data;
    Object.defineProperty(node, 'data', {
      get: () => data,
      set: (value: string) => {
        writes.push(`data=${value}`);
        data = value;
      },
    });
  }
  return { element: element as unknown as Element, writes };
}

describe('setText(element, text)', () => {
  it('rewrites the one text node in place, and not at all when the text is the same', () => {
    const { element, writes } = fakeElement('0.5');
    setText(element, '0.5');
    setText(element, '0.51234567');
    setText(element, '0.51234567');
    expect(writes).toEqual(['data=0.51234567']);
  });
  it('writes the text of an element without a text node', () => {
    const { element, writes } = fakeElement(null);
    setText(element, '');
    setText(element, 'going to 10,000');
    expect(writes).toEqual(['textContent=going to 10,000']);
  });
});

describe('setAttribute(element, name, value)', () => {
  it('writes an attribute only when its value changes, and removes it for null', () => {
    const { element, writes } = fakeElement(null, { cx: '10' });
    setAttribute(element, 'cx', '10');
    setAttribute(element, 'cx', '10.5');
    setAttribute(element, 'stroke-dasharray', null);
    setAttribute(element, 'cx', null);
    setAttribute(element, 'cx', null);
    expect(writes).toEqual(['cx=10.5', '-cx']);
  });
});
