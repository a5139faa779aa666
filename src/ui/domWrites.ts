/*
 * Writes that leave the DOM alone when nothing changed: text and attributes written 8 times a second during a run
 * (readouts, marks), where setting a value to itself still restyles, relays out or repaints what it belongs to.
 */

/** Node.TEXT_NODE (a constant here, so that tests without a DOM can use these). */
const TEXT_NODE = 3;

/**
 * Sets the element's text, rewriting its one text node in place: replacing the node (textContent) made the browser
 * remove and insert a node on every tick, restyle it and re-check structural selectors around it.
 */
export function setText(element: Element, text: string): void {
  const node = element.firstChild;
  if (node && node === element.lastChild && node.nodeType === TEXT_NODE) {
    if ((node as Text).data !== text) (node as Text).data = text;
  } else if (element.textContent !== text) element.textContent = text;
}

/** Sets an attribute to `value` (removes it for null) unless it has that value already. */
export function setAttribute(element: Element, name: string, value: string | null): void {
  if (value === null) {
    if (element.hasAttribute(name)) element.removeAttribute(name);
  } else if (element.getAttribute(name) !== value) element.setAttribute(name, value);
}
