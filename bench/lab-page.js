// What the benchmark waits for in the lab results, the same in every page that times them: scripts/bench.mjs injects
// this script into each page before the page's own scripts run (Playwright's addInitScript), so no page loads it
// over the network. The element draws a page of results a screen first and the rest in the next task; the plain
// pages draw all of it at once.

/** The rows of results the records' shadow root shows. */
const labRows = (shadow) => shadow.querySelectorAll('.panel .lab-result');

window.labPage = {
  /**
   * The page the count speaks of ("Results 101 to 200 of 6,010") drawn whole: a row for each result it counts.
   */
  whole(shadow) {
    const [, from, to] =
      /Results ([\d,]+) to ([\d,]+)/.exec(shadow.querySelector('#lab-count')?.textContent ?? '') ?? [];
    const number = (words) => Number(words.replaceAll(',', ''));
    return from !== undefined && labRows(shadow).length === number(to) - number(from) + 1;
  },
  /** The first screen: results drawn down past the window's bottom edge, or the whole page when it is shorter. */
  screen(shadow) {
    const rows = labRows(shadow);
    const last = rows[rows.length - 1];
    return Boolean(last) && (last.getBoundingClientRect().bottom >= window.innerHeight || window.labPage.whole(shadow));
  },
};
