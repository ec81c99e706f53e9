/* global axe, document, getComputedStyle -- the functions handed to axe run in the page, not in Node. */
// The axe rules every accessibility check turns on beyond axe's defaults, so the tests audit WCAG 2.2 AA, in the
// element tests, the story runner and the end-to-end walk alike:
// - 2.5.8 target size (each control at least 24 by 24 CSS px, or spaced as far apart), which axe leaves off;
// - pf-target-overlap: no control is drawn over another one. A link styled as a button but left `display: inline`
//   spreads its padding over its neighbours by an amount that depends on the font's line metrics, so target-size
//   passed or failed with the fonts a machine happened to have; an overlap of any size fails here, with any font.
/** What a patient can click, tap or tab to. */
const controlSelector = [
  'a[href]',
  'area[href]',
  'button',
  'summary',
  'input:not([type="hidden"])',
  'select',
  'textarea',
  '[tabindex]:not([tabindex="-1"])',
  ...['button', 'link', 'tab', 'checkbox', 'radio', 'switch', 'menuitem', 'option'].map((role) => `[role="${role}"]`),
].join(', ');

export const axeRules = [
  { id: 'target-size', enabled: true },
  {
    id: 'pf-target-overlap',
    selector: controlSelector,
    excludeHidden: true,
    tags: ['wcag22aa', 'pf'],
    metadata: {
      description: 'Ensures no control is drawn over another control',
      help: 'Controls must not overlap: the one on top takes the other one’s clicks and taps',
    },
    all: [],
    any: [],
    none: ['pf-target-overlap'],
  },
];

/**
 * Runs in the page, inside axe: whether a box of another control overlaps a box of this one by more than rounding
 * (half a pixel each way). Controls nested in one another (a button inside a focusable row, across shadow roots too) are
 * one target, not two.
 */
function overlapsAnotherControl(node, { selector }) {
  const shown = (element) => {
    const style = getComputedStyle(element);
    if (style.visibility !== 'visible' || !element.getClientRects().length) return false;
    const box = element.getBoundingClientRect();
    return box.width >= 1 && box.height >= 1;
  };
  // The page's controls and their boxes, found once per axe run (axe clears its cache when a run ends), not once per
  // control: a page with many controls would otherwise be walked as many times.
  const controls = axe._cache.get('pf-target-overlap-controls', () => {
    const found = [];
    const collect = (root) => {
      for (const element of root.querySelectorAll('*')) {
        if (element.matches(selector) && shown(element)) found.push({ element, boxes: [...element.getClientRects()] });
        if (element.shadowRoot) collect(element.shadowRoot);
      }
    };
    collect(document);
    return found;
  });
  // Whether `outer` holds `inner`, following shadow roots up to their hosts and slotted nodes to their slots.
  const holds = (outer, inner) => {
    for (let at = inner; at; at = at.assignedSlot ?? at.parentNode ?? at.host) if (at === outer) return true;
    return false;
  };
  // Box by box: a link that wraps in a sentence is two boxes, one per line, and only those are drawn.
  const meet = (a, b) =>
    Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0.5 &&
    Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.5;
  const boxes = [...node.getClientRects()];
  const others = controls
    .filter(
      ({ element, boxes: theirs }) =>
        element !== node &&
        theirs.some((rect) => boxes.some((box) => meet(box, rect))) &&
        !holds(element, node) &&
        !holds(node, element),
    )
    .map(({ element }) => element);
  if (!others.length) return false;
  this.relatedNodes(others);
  this.data({ count: others.length });
  return true;
}

const checks = [
  {
    id: 'pf-target-overlap',
    evaluate: '__OVERLAP__',
    options: { selector: controlSelector },
    metadata: {
      impact: 'serious',
      messages: {
        pass: 'No other control is drawn over this one',
        fail: 'Another control is drawn over this one (see the related nodes)',
      },
    },
  },
];

/**
 * Runs in the page before each axe run. What is drawn only once scrolled near (`content-visibility: auto`) stands
 * for a placeholder box until then, and its content measured meanwhile spills over what follows: the geometric
 * rules (target size, overlap) would judge controls where they are never drawn. Each such box is laid out now, as
 * it will be once scrolled to. The reflow test calls it too, before it measures.
 */
export function layOutWhatIsDrawnLater() {
  const visit = (root) => {
    for (const element of root.querySelectorAll('*')) {
      if (getComputedStyle(element).contentVisibility === 'auto') element.style.contentVisibility = 'visible';
      if (element.shadowRoot) visit(element.shadowRoot);
    }
  };
  visit(document);
}

/** A script that sets them once axe is on the page, and lays out what is drawn later before each run. */
export const configureAxe = `axe.configure(${JSON.stringify({ rules: axeRules, checks }).replace(
  '"__OVERLAP__"',
  overlapsAnotherControl.toString(),
)});
{
  const layOut = ${layOutWhatIsDrawnLater.toString()};
  const run = axe.run.bind(axe);
  axe.run = (...args) => {
    layOut();
    return run(...args);
  };
}`;
