// The one test of "interactive" both verify pages are held to. scripts/bench.mjs injects this script into each page
// before the page's own scripts run (Playwright's addInitScript), so neither page loads it over the network. At an
// animation frame, the date of birth and PIN inputs are in the document (or the element's shadow root) and enabled,
// and the date input takes focus; a "0" is then typed into it as the browser types a key (`insertText`: the
// beforeinput and input events, the caret), and the time is taken once the next frame has rendered with the "0"
// still in the field (so an element that renders the field's value from its own state has done so).

/**
 * Resolves with `performance.now()`, milliseconds since the navigation started, once `root()`'s form is interactive:
 * the inputs the selectors `first` and `second` find there (the identity form's by default; a form that asks for one
 * field at a time gives only `first`) enabled, `first` focused and typed into.
 */
window.untilInteractive = async (root, [first, second] = ['#dob', '#pin']) => {
  // The next frame rendered: its animation callbacks, style, layout and paint.
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
  for (;;) {
    await new Promise(requestAnimationFrame);
    const scope = root();
    const dob = scope?.querySelector(first);
    const pin = second === undefined ? dob : scope?.querySelector(second);
    if (!dob || !pin || dob.disabled || pin.disabled) continue;
    dob.focus();
    if (scope.activeElement !== dob) continue;
    document.execCommand('insertText', false, '0');
    await frame();
    if (dob.value !== '0') throw new Error(`The first field shows "${dob.value}" after typing "0".`);
    return performance.now();
  }
};
