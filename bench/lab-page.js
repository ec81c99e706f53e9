// What the benchmark waits for in the lab results, the same in every page that times them: scripts/bench.mjs injects
// this script into each page before the page's own scripts run (Playwright's addInitScript), so no page loads it
// over the network. The element draws a page of results a screen first and the rest once the page is idle; the plain
// pages draw all of it at once.

/** The rows of results the records' shadow root shows. */
const labRows = (shadow) => shadow.querySelectorAll('.panel .lab-result');
/** After the next frame has rendered: its animation callbacks, style, layout and paint. */
const frameDone = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

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
  /**
   * Resolves at the first change of the page's DOM or the records' (or at once) after which `check()` holds: what
   * the benchmark waits for in a traced page, asked for through the DevTools protocol, so that nothing of its own
   * (no polling, no script of a test driver) runs in the tasks the trace counts.
   */
  until(check) {
    return new Promise((resolve) => {
      const holds = () => {
        try {
          return Boolean(check());
        } catch {
          return false;
        }
      };
      if (holds()) return resolve(true);
      const observer = new MutationObserver(() => {
        if (!holds()) return;
        observer.disconnect();
        resolve(true);
      });
      const watch = (root) =>
        observer.observe(root, { childList: true, subtree: true, characterData: true, attributes: true });
      watch(document);
      const records = document.querySelector('pf-health-records')?.shadowRoot;
      if (records) watch(records);
    });
  },
  /**
   * Resolves with `performance.now()` after the frame that paints the first screen (and `extra()`, when given,
   * holds). Rows are watched for at each change of the records' DOM; where they reach is read only once a frame has
   * laid them out, so the benchmark forces no layout of its own into the tasks it measures.
   */
  screenShown(shadow, extra = () => true) {
    return new Promise((resolve) => {
      let waiting = false;
      const check = () => {
        if (waiting || !labRows(shadow).length || !extra()) return;
        waiting = true;
        frameDone().then(() => {
          waiting = false;
          if (!window.labPage.screen(shadow)) return check();
          observer.disconnect();
          return resolve(performance.now());
        });
      };
      const observer = new MutationObserver(check);
      observer.observe(shadow, { childList: true, subtree: true, characterData: true, attributes: true });
      check();
    });
  },
};
