/** The element above `node`: its parent, or across a shadow root the element that holds it. */
export const composedParent = (node: Element): Element | null =>
  node.parentElement ?? ((node.getRootNode() as ShadowRoot).host as Element | undefined) ?? null;
