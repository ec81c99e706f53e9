/**
 * The parts of the elements' forms, which an element that shows another inside it lets through (`exportparts`), so
 * a page's `::part()` on the outer element reaches the inner one. The inner frame (`section`) is let through only
 * where the inner element stands in place of the outer one's own frame.
 */
export const innerParts = 'heading, form, field, label, input, hint, error, button';
