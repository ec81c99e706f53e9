/**
 * Procedures.
 */
import type { Procedure } from '../../../api/fhir/schemas.js';
import { compact, conceptText, dateKey, newestFirst, present, sortBy, when, type WhenView } from './datatypes.js';

export interface ProcedureView {
  /** The language the record's words are written in (`Resource.language`, BCP 47), when it says. */
  language?: string;
  id: string;
  name: string;
  date?: WhenView;
  /** FHIR status code: `completed`, `in-progress`, `not-done`, ... */
  status: string;
}

/** Procedures, the newest first. */
export function toProcedures(procedures: Procedure[]): ProcedureView[] {
  const views = procedures
    .filter((procedure) => procedure.status !== 'entered-in-error')
    .map((procedure): ProcedureView =>
      compact({
        id: procedure.id ?? '',
        language: present(procedure.language),
        name: conceptText(procedure.code) ?? '',
        date: when(present(procedure.performedDateTime) ?? procedure.performedPeriod?.start, procedure.performedString),
        status: procedure.status,
      }),
    );
  return sortBy(views, (view) => dateKey(view.date?.iso), newestFirst);
}
