/**
 * Which live readouts are on screen: one IntersectionObserver for all of them (a 64-row table has 128), which sees
 * a readout scrolled out of its table's box as well as one scrolled off the page. A readout out of sight skips
 * the writes of a run and is written the moment it comes into sight.
 */
const inSight = new WeakMap<Element, boolean>();
const whenShown = new WeakMap<Element, () => void>();
let observer: IntersectionObserver | null | undefined;

function sharedObserver(): IntersectionObserver | null {
  if (observer === undefined) {
    observer =
      typeof IntersectionObserver === 'undefined'
        ? null
        : new IntersectionObserver((entries) => {
            for (const entry of entries) {
              const was = inSight.get(entry.target);
              inSight.set(entry.target, entry.isIntersecting);
              if (entry.isIntersecting && was === false) whenShown.get(entry.target)?.();
            }
          });
  }
  return observer;
}

/** Follows `element` in and out of sight; `onShown` is called when it comes back into sight. Returns the stop function. */
export function followSight(element: Element, onShown: () => void): () => void {
  const watcher = sharedObserver();
  if (!watcher) return () => {};
  whenShown.set(element, onShown);
  watcher.observe(element);
  return () => {
    watcher.unobserve(element);
    whenShown.delete(element);
    inSight.delete(element);
  };
}

/** True once the observer has seen `element` out of sight (unknown counts as in sight). */
export function outOfSight(element: Element): boolean {
  return inSight.get(element) === false;
}
