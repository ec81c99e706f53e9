/** The element above `node`: its parent, or across a shadow root the element that holds it. */
export const composedParent = (node: Element): Element | null =>
  node.parentElement ?? ((node.getRootNode() as ShadowRoot).host as Element | undefined) ?? null;

/**
 * Whether focus is inside `element`, or was on something it has just removed (and so is nowhere). A call that ends
 * moves focus only then: focus the patient took elsewhere on the page while it ran stays where they put it.
 */
export const holdsFocus = (element: Element): boolean => {
  const root = element.getRootNode() as Document | ShadowRoot;
  const active = document.activeElement;
  return root.activeElement === element || active === null || active === document.body;
};

/**
 * Runs `work` once the main thread is idle (within `timeout` ms at most), where the browser says when that is, else
 * soon after; returns what cancels it.
 */
export const whenIdle = (work: () => void, timeout = 2000): (() => void) => {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(work, { timeout });
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(work, 50);
  return () => clearTimeout(handle);
};

/**
 * Resolves in a task of its own, soon: what comes after it is not added to the task the caller runs in (where the
 * browser offers `scheduler.yield()`, the work goes on before other tasks queued meanwhile).
 */
export const nextTask = (): Promise<void> => {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve));
};
