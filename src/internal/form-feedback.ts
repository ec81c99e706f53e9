/**
 * When a field shows its error: it is invalid as soon as it is, but says so only once the patient changed it and
 * left it, or tried to submit the form (Lion's showsFeedbackFor, Web Awesome's user-invalid).
 */
export class FormFeedback<Field extends string> {
  private readonly changed = new Set<Field>();
  private readonly left = new Set<Field>();
  private readonly emptiedFields = new Set<Field>();
  submitted = false;

  change(field: Field): void {
    this.changed.add(field);
    this.emptiedFields.delete(field);
  }

  /**
   * The element emptied the field (a secret it does not keep after a try): its being empty is not the patient's doing,
   * so it says nothing wrong until the patient types in it or submits the form again.
   */
  empty(field: Field): void {
    this.emptiedFields.add(field);
    this.changed.delete(field);
    this.left.delete(field);
  }

  /** Whether the field is empty because the element emptied it, and the patient has not touched it since. */
  emptied(field: Field): boolean {
    return this.emptiedFields.has(field);
  }

  /** The patient submits: every field answers for itself again. */
  submit(): void {
    this.submitted = true;
    this.emptiedFields.clear();
  }

  leave(field: Field): void {
    this.left.add(field);
  }

  /** Whether the field's error, if it has one, is to be shown. */
  shows(field: Field): boolean {
    if (this.emptiedFields.has(field)) return false;
    return this.submitted || (this.changed.has(field) && this.left.has(field));
  }

  /** Forgets everything, for a new form (or a new step). */
  reset(): void {
    this.changed.clear();
    this.left.clear();
    this.emptiedFields.clear();
    this.submitted = false;
  }
}

/** The ids an input's `aria-describedby` names: its hint and its error, when shown. */
export const describedBy = (id: string, { hint = false, error = false }: { hint?: boolean; error?: boolean }): string =>
  [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
