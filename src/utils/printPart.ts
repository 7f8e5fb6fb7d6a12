/**
 * Prints one part of the page: marks the document with `data-printing="<part>"` until
 * printing ends, and the part's print styles hide everything else (see the sign-off sheet and
 * the assessment report). Without the mark, printing the page prints all of it.
 */
export function printPart(part: string): void {
  const root = document.documentElement;
  root.dataset.printing = part;
  window.addEventListener('afterprint', () => delete root.dataset.printing, {once: true});
  window.print();
}
