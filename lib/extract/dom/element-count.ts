/**
 * Whether `root` holds more than `max` elements, counted no further than that: a page's sections are
 * asked too, and counting (or reading the text of) a whole section to turn it down costs its size.
 */
export function holdsMoreElementsThan(root: Element, max: number): boolean {
  let count = 0;
  let el: Element | null = root.firstElementChild;
  while (el) {
    count++;
    if (count > max) return true;
    // Next element in document order within root: first child, else the next sibling of el or its nearest ancestor.
    let next: Element | null = el.firstElementChild;
    for (let up: Element | null = el; !next && up && up !== root; up = up.parentElement) next = up.nextElementSibling;
    el = next;
  }
  return false;
}
