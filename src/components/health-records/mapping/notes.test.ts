import { expect } from '@open-wc/testing';
import {
  AllergyIntoleranceSchema,
  AppointmentSchema,
  CarePlanSchema,
  ConditionSchema,
  DiagnosticReportSchema,
  ImmunizationSchema,
  MedicationRequestSchema,
  MedicationStatementSchema,
  ObservationSchema,
  ProcedureSchema,
} from '../../../api/fhir/schemas.js';
import { laboratory } from '../../../../test/helpers/fhir.js';
import { toDiagnoses } from './diagnoses.js';
import { toMedications } from './medications.js';
import { toImmunizations } from './immunizations.js';
import { toAllergies } from './allergies.js';
import { toProcedures } from './procedures.js';
import { toCarePlans } from './care-plans.js';
import { toLabResults } from './lab-results.js';
import { toAppointments } from './appointments.js';

describe('free-text notes', () => {
  const note = 'SECRET-NOTE patient mentioned family trouble';
  const withNote = <T extends object>(resource: T) => ({
    ...resource,
    note: [{ text: note }],
    text: { status: 'generated', div: `<div>${note}</div>` },
    conclusion: note,
    comment: note,
  });

  it('never reach a view, whether the schema stripped them or not', () => {
    const raw = {
      condition: {
        resourceType: 'Condition',
        id: 'c',
        code: { text: 'Asthma' },
        onsetDateTime: '2001',
      },
      request: {
        resourceType: 'MedicationRequest',
        id: 'm',
        status: 'active',
        medicationCodeableConcept: { text: 'Salbutamol' },
        dosageInstruction: [{ text: 'Two puffs' }],
      },
      statement: { resourceType: 'MedicationStatement', id: 's', status: 'active', medicationCodeableConcept: {} },
      immunization: { resourceType: 'Immunization', id: 'i', status: 'completed', vaccineCode: { text: 'Flu' } },
      allergy: { resourceType: 'AllergyIntolerance', id: 'a', code: { text: 'Pollen' } },
      procedure: { resourceType: 'Procedure', id: 'p', status: 'completed', code: { text: 'X-ray' } },
      plan: { resourceType: 'CarePlan', id: 'cp', status: 'active', title: 'Asthma plan' },
      observation: {
        resourceType: 'Observation',
        id: 'o',
        status: 'final',
        category: laboratory,
        code: { text: 'IgE' },
        valueQuantity: { value: 300, unit: 'kU/L' },
      },
      report: {
        resourceType: 'DiagnosticReport',
        id: 'r',
        status: 'final',
        code: { text: 'Allergy panel' },
        result: [{ reference: 'Observation/o' }],
        conclusion: note,
        presentedForm: [{ contentType: 'text/plain', data: btoa(note) }],
      },
      appointment: {
        resourceType: 'Appointment',
        id: 'ap',
        status: 'booked',
        start: '2025-01-01T10:00:00Z',
        // Named by its service: its narrative (which would name one with nothing else to say) stays out.
        serviceType: [{ text: 'Checkup' }],
        comment: note,
        patientInstruction: note,
      },
    };
    const parsed = {
      condition: ConditionSchema.parse(withNote(raw.condition)),
      request: MedicationRequestSchema.parse(withNote(raw.request)),
      statement: MedicationStatementSchema.parse(withNote(raw.statement)),
      immunization: ImmunizationSchema.parse(withNote(raw.immunization)),
      allergy: AllergyIntoleranceSchema.parse(withNote(raw.allergy)),
      procedure: ProcedureSchema.parse(withNote(raw.procedure)),
      plan: CarePlanSchema.parse(withNote(raw.plan)),
      observation: ObservationSchema.parse(withNote(raw.observation)),
      report: DiagnosticReportSchema.parse(withNote(raw.report)),
      appointment: AppointmentSchema.parse(withNote(raw.appointment)),
    };
    // The same resources with the notes kept, as a schema that let them through would leave them.
    const kept = Object.fromEntries(
      Object.entries(parsed).map(([key, resource]) => [key, withNote(resource)]),
    ) as unknown as typeof parsed;
    for (const resources of [parsed, kept]) {
      const views = [
        toDiagnoses([resources.condition]),
        toMedications([resources.request], [resources.statement]),
        toImmunizations([resources.immunization]),
        toAllergies([resources.allergy]),
        toProcedures([resources.procedure]),
        toCarePlans([resources.plan]),
        toLabResults([resources.observation], [resources.report]),
        toAppointments([resources.appointment]),
      ];
      expect(views.map((list) => list.length)).to.deep.equal([1, 2, 1, 1, 1, 1, 1, 1]);
      expect(JSON.stringify(views)).to.not.contain('SECRET');
      expect(JSON.stringify(views)).to.contain('Asthma plan');
    }
  });
});
