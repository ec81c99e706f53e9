import { css } from 'lit';

export const recordsStyles = css`
  .pf {
    max-width: var(--pf-health-records-max-width, 64rem);
    padding: var(--pf-health-records-padding, 0);
  }
  header {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem 1rem;
    margin-bottom: var(--_pf-space);
  }
  header h2 {
    margin: 0;
  }
  /* Wide: the sections as a side list beside the one shown; it never wraps, whatever the language or text size. */
  .tabbed {
    display: grid;
    grid-template-columns: minmax(10rem, 14rem) minmax(0, 1fr);
    gap: var(--_pf-space);
    align-items: start;
  }
  [role='tablist'] {
    display: flex;
    flex-direction: column;
    gap: 0.125rem;
    margin: 0;
    padding: 0;
    border-inline-end: 2px solid var(--_pf-subtle);
  }
  [role='tab'] {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem;
    min-height: 2.75rem;
    padding: 0.375rem 0.75rem;
    border: 0;
    border-inline-start: 3px solid transparent;
    border-radius: 0;
    background: none;
    color: var(--_pf-text);
    font-weight: 600;
    text-align: start;
  }
  [role='tab'][aria-selected='true'] {
    border-inline-start-color: var(--_pf-primary);
    background: var(--_pf-subtle);
    color: var(--_pf-primary);
  }
  [role='tab']:focus-visible {
    outline: 3px solid var(--_pf-focus);
    outline-offset: -3px;
  }
  /* The panel is a Tab stop after the tabs (so its list can be read and scrolled): it shows focus like a control. */
  [role='tabpanel']:focus-visible {
    outline: 3px solid var(--_pf-focus);
    outline-offset: 2px;
  }
  .count {
    min-width: 1.5rem;
    padding: 0 0.375rem;
    border-radius: 1rem;
    background: var(--_pf-subtle);
    color: var(--_pf-text);
    font-size: 0.8125em;
    text-align: center;
  }
  /* The overview: a card for each section it speaks of, side by side when there is room. */
  .overview {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 16rem), 1fr));
    gap: var(--_pf-space);
    margin-bottom: var(--_pf-space);
  }
  .card {
    padding: 0.75rem 1rem;
    border: 1px solid var(--_pf-border);
    border-radius: var(--_pf-radius-surface);
    background: var(--_pf-surface);
  }
  .card h3 {
    margin: 0 0 0.5rem;
  }
  .card .attention {
    margin-bottom: 0.5rem;
    padding: 0.5rem 0.75rem;
  }
  .card .attention p {
    margin: 0;
  }
  .brief {
    display: grid;
    gap: 0.25rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .brief .critical {
    padding-inline-start: 0.5rem;
    border-inline-start: 0.25rem solid var(--_pf-danger);
  }
  /* On a phone: the sections as a short menu, each row a large target with its count. */
  .menu h3 {
    margin: 0 0 0.5rem;
  }
  .menu ul {
    margin: 0;
    padding: 0;
    list-style: none;
    border-top: 1px solid var(--_pf-subtle);
  }
  .menu button {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    width: 100%;
    min-height: 3rem;
    padding: 0.5rem 0.25rem;
    border: 0;
    border-bottom: 1px solid var(--_pf-subtle);
    background: none;
    color: var(--_pf-text);
    text-align: start;
  }
  .menu .name {
    flex: 1;
    margin: 0;
  }
  .menu .go {
    color: var(--_pf-primary);
    font-size: 1.25em;
  }
  .menu button:focus-visible {
    outline: 3px solid var(--_pf-focus);
    outline-offset: -3px;
  }
  .back {
    margin: 0 0 0.5rem;
  }
  .stacked > section + section {
    margin-top: calc(var(--_pf-space) * 2);
  }
  h3 {
    font-size: 1.125em;
  }
  .items {
    display: grid;
    gap: 0.75rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .item {
    padding: 0.75rem 1rem;
    border: 1px solid var(--_pf-subtle);
    border-radius: var(--_pf-radius-surface);
    background: var(--_pf-surface);
  }
  .item.muted {
    background: var(--_pf-subtle);
  }
  /* What could be dangerous (a high-risk allergy) stands out by its border as well as by its words. */
  .item.critical {
    border-inline-start: 0.375rem solid var(--_pf-danger);
  }
  .name {
    margin: 0 0 0.25rem;
    font-weight: 700;
  }
  dl {
    display: grid;
    grid-template-columns: minmax(7rem, max-content) 1fr;
    gap: 0.125rem 0.75rem;
    margin: 0;
  }
  dt {
    color: var(--_pf-muted);
  }
  dd {
    margin: 0;
  }
  .flag {
    display: inline-block;
    margin-inline-start: 0.5rem;
    padding: 0 0.5rem;
    border: 1px solid currentColor;
    border-radius: 1rem;
    font-size: 0.8125em;
    font-weight: 700;
  }
  .flag.warn {
    color: var(--_pf-danger);
  }
  .flag.ok {
    color: var(--_pf-muted);
  }
  /* A critical result is filled, not outlined: it never looks like a merely abnormal one. */
  .flag.critical {
    border-color: var(--_pf-danger);
    background: var(--_pf-danger);
    color: #fff;
  }
  .doses {
    display: grid;
    gap: 0.5rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .dose + .dose {
    padding-top: 0.5rem;
    border-top: 1px solid var(--_pf-subtle);
  }
  .dose.muted {
    color: var(--_pf-muted);
  }
  .dose-flags {
    margin: 0 0 0.25rem;
  }
  .dose-flags .flag {
    margin-inline-start: 0;
    margin-inline-end: 0.5rem;
  }
  .doses-count {
    color: var(--_pf-muted);
    font-weight: 400;
  }
  .panel-name {
    margin: 1rem 0 0.5rem;
    font-weight: 700;
  }
  /* The sections' width decides how lab tables lay out, wherever the page puts the element. */
  .pf {
    container-type: inline-size;
  }
  .attention {
    margin-bottom: var(--_pf-space);
    padding: 0.75rem 1rem;
    border: 1px solid var(--_pf-danger);
    border-inline-start-width: 0.375rem;
    border-radius: var(--_pf-radius-surface);
    background: var(--_pf-danger-surface);
  }
  .attention .panel-name {
    margin-top: 0;
  }
  .attention ul {
    display: grid;
    gap: 0.25rem;
    margin: 0.5rem 0 0;
    padding: 0;
    list-style: none;
  }
  .attention .name,
  .attention .when {
    margin-inline-end: 0.5rem;
  }
  .about {
    margin: -0.25rem 0 0.5rem;
    color: var(--_pf-muted);
  }
  /* A report out of view is laid out and painted only when it comes near (it stays in the accessibility tree and
     in find-in-page): a page of a hundred results shows the first reports sooner. Its size, once drawn, is
     remembered (auto), so the page does not jump back. */
  .lab-group {
    content-visibility: auto;
    contain-intrinsic-size: auto 18rem;
  }
  .lab-table {
    width: 100%;
    border-collapse: collapse;
  }
  .lab-table th,
  .lab-table td {
    padding: 0.375rem 0.5rem;
    border-bottom: 1px solid var(--_pf-subtle);
    text-align: start;
    vertical-align: top;
  }
  .lab-table thead th {
    color: var(--_pf-muted);
    font-size: 0.875em;
    font-weight: 600;
  }
  .lab-table tbody th {
    font-weight: 600;
  }
  .lab-table tr.part th {
    padding-inline-start: 1.5rem;
    font-weight: 400;
  }
  /* A critical row is marked by its edge as well as by its filled flag. */
  .lab-table tr.critical th {
    box-shadow: inset 0.375rem 0 0 var(--_pf-danger);
    padding-inline-start: 0.875rem;
  }
  /* A shadow has no start and end: right to left, the edge is drawn on the right. */
  .lab-table tr.critical th:dir(rtl) {
    box-shadow: inset -0.375rem 0 0 var(--_pf-danger);
  }
  /* The arrows of "back" and "go" point the way the page reads. */
  .chevron:dir(rtl) {
    display: inline-block;
    transform: scaleX(-1);
  }
  .value {
    font-weight: 700;
  }
  .value.out {
    color: var(--_pf-danger);
  }
  .status {
    margin-inline-start: 0.5rem;
    color: var(--_pf-muted);
    font-size: 0.875em;
  }
  .bar {
    display: block;
    width: 6rem;
    height: 0.625rem;
    margin-top: 0.25rem;
  }
  .bar .track {
    fill: var(--_pf-subtle);
    stroke: var(--_pf-border);
    stroke-width: 0.5;
  }
  .bar .band {
    fill: var(--_pf-primary);
    opacity: 0.45;
  }
  .bar .mark {
    fill: var(--_pf-text);
  }
  @media (forced-colors: active) {
    .bar .track {
      fill: Canvas;
      stroke: CanvasText;
    }
    .bar .band {
      fill: GrayText;
      opacity: 1;
    }
    .bar .mark {
      fill: CanvasText;
    }
  }
  /* A test over time: the chart fills the width; its lines and points keep their size however it is stretched. */
  .trend .back {
    margin: 0;
  }
  .trend-chart {
    margin: 0 0 var(--_pf-space);
  }
  .trend-chart .plot {
    display: grid;
    grid-template-columns: auto minmax(0, 1fr);
    grid-template-rows: 12rem auto;
    gap: 0.25rem 0.5rem;
  }
  .trend-chart .y-axis,
  .trend-chart .x-axis {
    display: flex;
    justify-content: space-between;
    color: var(--_pf-muted);
    font-size: 0.875em;
  }
  .trend-chart .y-axis {
    flex-direction: column;
    text-align: end;
  }
  .trend-chart .x-axis {
    grid-column: 2;
    flex-wrap: wrap;
    gap: 0 1rem;
  }
  .trend-chart svg[role='img'] {
    width: 100%;
    height: 100%;
    overflow: visible;
    border-inline-start: 1px solid var(--_pf-border);
    border-block-end: 1px solid var(--_pf-border);
  }
  .trend-chart .band {
    fill: var(--_pf-primary);
    opacity: 0.2;
  }
  .trend-chart .line {
    fill: none;
    stroke: var(--_pf-muted);
    stroke-width: 2;
  }
  /* Points within the range are round; those outside are larger squares in the danger colour: never colour alone. */
  .trend-chart .dot {
    fill: none;
    stroke: var(--_pf-primary);
    stroke-width: 8;
    stroke-linecap: round;
  }
  .trend-chart .dot.out {
    stroke: var(--_pf-danger);
    stroke-width: 10;
    stroke-linecap: square;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    margin-top: 0.5rem;
  }
  .legend span {
    display: inline-flex;
    align-items: center;
    gap: 0.375rem;
  }
  .legend .key {
    width: 1rem;
    height: 1rem;
    overflow: visible;
  }
  .trend-table caption {
    margin-bottom: 0.25rem;
    font-weight: 600;
    text-align: start;
  }
  @media (forced-colors: active) {
    .trend-chart .band {
      fill: GrayText;
      opacity: 0.4;
    }
    .trend-chart .line,
    .trend-chart .dot {
      stroke: CanvasText;
    }
    .trend-chart .dot.out {
      stroke: Highlight;
    }
  }
  /* Narrow: each result is a short block (name, then value, then range), labelled, never a sideways scroll. */
  @container (max-width: 34rem) {
    .lab-table,
    .lab-table tbody,
    .lab-table tr,
    .lab-table th,
    .lab-table td {
      display: block;
    }
    .lab-table thead {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
    .lab-table tr {
      padding: 0.5rem 0;
      border-bottom: 1px solid var(--_pf-subtle);
    }
    .lab-table th,
    .lab-table td {
      padding: 0 0.5rem;
      border: 0;
    }
    /* Each cell says what it holds, now that the column headers are out of sight. */
    .lab-table td[data-label]::before {
      content: attr(data-label);
      margin-inline-end: 0.5rem;
      color: var(--_pf-muted);
    }
  }
  .toolbar {
    display: grid;
    gap: 0.25rem;
    margin-bottom: var(--_pf-space);
  }
  .more {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 1rem;
    margin-top: var(--_pf-space);
  }
  .skeleton span {
    height: 3.5rem;
    max-width: none;
  }
  @media (prefers-reduced-motion: no-preference) {
    .skeleton span {
      animation: pf-pulse 1.4s ease-in-out infinite;
    }
  }
  @keyframes pf-pulse {
    50% {
      opacity: 0.55;
    }
  }
  @media (max-width: 30rem) {
    dl {
      grid-template-columns: 1fr;
    }
    dd {
      margin-bottom: 0.25rem;
    }
  }
  @media print {
    .pf {
      max-width: none;
    }
    .lab-group {
      content-visibility: visible;
    }
    .tabbed {
      display: block;
    }
    [role='tablist'],
    header button,
    .toolbar,
    .trend .back,
    .menu,
    .back,
    .more button,
    .skeleton {
      display: none !important;
    }
    .item {
      break-inside: avoid;
      border-color: #999;
    }
    .flag.warn,
    .flag.ok,
    .flag.critical {
      background: none;
      color: #000;
    }
  }
`;
