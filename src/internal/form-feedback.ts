/**
 * When a field shows its error: it is invalid as soon as it is, but says so only once the patient changed it and
 * left it, or tried to submit the form (Lion's showsFeedbackFor, Web Awesome's user-invalid).
 */
export class FormFeedback<Field extends string> {
  private readonly changed = new Set<Field>();
  private readonly left = new Set<Field>();
  submitted = false;

  change(field: Field): void {
    this.changed.add(field);
  }

  leave(field: Field): void {
    this.left.add(field);
  }

  /** Whether the field's error, if it has one, is to be shown. */
  shows(field: Field): boolean {
    return this.submitted || (this.changed.has(field) && this.left.has(field));
  }

  /** Forgets everything, for a new form (or a new step). */
  reset(): void {
    this.changed.clear();
    this.left.clear();
    this.submitted = false;
  }
}

/** The ids an input's `aria-describedby` names: its hint and its error, when shown. */
export const describedBy = (id: string, { hint = false, error = false }: { hint?: boolean; error?: boolean }): string =>
  [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
