import { expect } from '@open-wc/testing';
import { ProcedureSchema } from '../../../api/fhir/schemas.js';
import { patient, snomed } from '../../../../test/helpers/fhir.js';
import { toProcedures } from './procedures.js';

describe('toProcedures', () => {
  it('maps names and dates, newest first, without the ones entered in error', () => {
    const views = toProcedures([
      ProcedureSchema.parse({
        resourceType: 'Procedure',
        id: 'appendectomy',
        status: 'completed',
        code: { coding: [{ system: snomed, code: '80146002', display: 'Appendectomy' }] },
        subject: patient,
        performedPeriod: { start: '2015-04-02T08:00:00Z', end: '2015-04-02T09:30:00Z' },
      }),
      ProcedureSchema.parse({
        resourceType: 'Procedure',
        id: 'colonoscopy',
        status: 'completed',
        code: { text: 'Colonoscopy' },
        performedDateTime: '2022-09-14',
      }),
      ProcedureSchema.parse({
        resourceType: 'Procedure',
        id: 'tonsils',
        status: 'completed',
        code: { text: 'Tonsillectomy' },
        performedString: 'as a child',
      }),
      ProcedureSchema.parse({
        resourceType: 'Procedure',
        id: 'in-error',
        status: 'entered-in-error',
        code: { text: 'Biopsy' },
        performedDateTime: '2024-01-01',
      }),
    ]);
    expect(views).to.deep.equal([
      { id: 'colonoscopy', name: 'Colonoscopy', date: { iso: '2022-09-14' }, status: 'completed' },
      { id: 'appendectomy', name: 'Appendectomy', date: { iso: '2015-04-02T08:00:00Z' }, status: 'completed' },
      { id: 'tonsils', name: 'Tonsillectomy', date: { text: 'as a child' }, status: 'completed' },
    ]);
  });
});
