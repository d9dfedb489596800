/**
 * What a cell's classes say, told to screen readers too: a cell in the selected range is
 * `aria-selected`, a cell holding a refused value `aria-invalid`. AG Grid sets no attributes from
 * our class rules and re-creates cells as it scrolls, so an observer keeps them in step.
 */
const STATES: readonly (readonly [cls: string, attribute: string])[] = [
  ['cell-in-range', 'aria-selected'],
  ['cell-invalid', 'aria-invalid'],
];

const sync = (cell: Element) => {
  for (const [cls, attribute] of STATES) {
    if (cell.classList.contains(cls)) cell.setAttribute(attribute, 'true');
    else cell.removeAttribute(attribute);
  }
};

/** Watches the cells under `host`; returns the function that stops watching. */
export function syncCellStates(host: HTMLElement): () => void {
  const observer = new MutationObserver((mutations) => {
    for (const m of mutations) {
      if (m.type === 'attributes' && m.target instanceof Element && m.target.classList.contains('ag-cell')) sync(m.target);
      for (const node of m.addedNodes) {
        if (!(node instanceof Element)) continue;
        if (node.classList.contains('ag-cell')) sync(node);
        node.querySelectorAll('.ag-cell').forEach(sync);
      }
    }
  });
  observer.observe(host, { subtree: true, childList: true, attributes: true, attributeFilter: ['class'] });
  return () => observer.disconnect();
}
