import { expect } from '@open-wc/testing';
import { AppointmentSchema } from '../../../api/fhir/schemas.js';
import { toAppointments } from './appointments.js';

describe('toAppointments', () => {
  const appointments = [
    AppointmentSchema.parse({
      resourceType: 'Appointment',
      id: 'later',
      status: 'booked',
      serviceType: [{ coding: [{ code: '124', display: 'General Practice' }] }],
      reasonCode: [{ text: 'Annual check-up' }],
      description: 'Yearly physical',
      start: '2025-06-01T15:00:00Z',
      end: '2025-06-01T15:30:00Z',
      participant: [
        { actor: { reference: 'Patient/p1', display: 'Ada Lovelace' }, status: 'accepted' },
        { actor: { reference: 'Practitioner/dr1', display: 'Dr. Grace Hopper' }, status: 'accepted' },
        { actor: { reference: 'Practitioner/dr2' }, status: 'accepted' },
        { actor: { reference: 'PractitionerRole/role1', display: 'Nurse Joy' }, status: 'accepted' },
        {
          type: [{ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v3-ParticipationType', code: 'ATND' }] }],
          actor: { display: 'Dr. Who' },
          status: 'accepted',
        },
        { actor: { reference: 'Location/clinic', display: 'Main Street Clinic' }, status: 'accepted' },
      ],
    }),
    AppointmentSchema.parse({
      resourceType: 'Appointment',
      id: 'sooner',
      status: 'pending',
      appointmentType: {
        coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v2-0276', code: 'FOLLOWUP', display: 'Follow-up' }],
      },
      serviceType: [{ text: 'Cardiology' }],
      description: 'Blood pressure review',
      start: '2025-05-20T09:00:00-04:00',
      participant: [
        { actor: { reference: 'Patient/p1', display: 'Ada Lovelace' }, status: 'accepted' },
        { actor: { reference: 'Location/lab' }, status: 'accepted' },
      ],
    }),
    AppointmentSchema.parse({ resourceType: 'Appointment', id: 'unscheduled', status: 'proposed' }),
    AppointmentSchema.parse({
      resourceType: 'Appointment',
      id: 'in-error',
      status: 'entered-in-error',
      start: '2025-01-01T09:00:00Z',
    }),
  ];

  it('names practitioners and the location by display only, never by id', () => {
    const view = toAppointments(appointments).find((item) => item.id === 'later');
    expect(view).to.deep.equal({
      id: 'later',
      start: '2025-06-01T15:00:00Z',
      end: '2025-06-01T15:30:00Z',
      practitioners: ['Dr. Grace Hopper', 'Nurse Joy', 'Dr. Who'],
      location: 'Main Street Clinic',
      type: 'General Practice',
      reason: 'Annual check-up',
      title: 'Annual check-up',
      status: 'booked',
    });
    expect(JSON.stringify(view)).to.not.contain('dr2');
  });

  it('maps an appointment with no practitioner, and sorts by start, soonest first', () => {
    const views = toAppointments(appointments);
    expect(views.map((view) => view.id)).to.deep.equal(['sooner', 'later', 'unscheduled']);
    expect(views[0]).to.deep.equal({
      id: 'sooner',
      start: '2025-05-20T09:00:00-04:00',
      practitioners: [],
      type: 'Follow-up',
      reason: 'Blood pressure review',
      title: 'Blood pressure review',
      status: 'pending',
    });
    expect(views[2]).to.deep.equal({ id: 'unscheduled', practitioners: [], status: 'proposed' });
  });

  it('gives one not yet scheduled its requested period, and a title from its words, its narrative last', () => {
    const views = toAppointments([
      AppointmentSchema.parse({
        resourceType: 'Appointment',
        id: 'proposed',
        status: 'proposed',
        serviceType: [
          {
            coding: [
              {
                system: 'http://terminology.hl7.org/CodeSystem/service-type',
                code: '124',
                display: 'General Practice',
              },
            ],
          },
        ],
        requestedPeriod: [{ start: '2026-06-01', end: '2026-06-30' }],
        participant: [{ actor: { reference: 'Patient/p1' }, status: 'needs-action' }],
      }),
      AppointmentSchema.parse({
        resourceType: 'Appointment',
        id: 'narrative-only',
        status: 'pending',
        text: {
          status: 'generated',
          div: '<div xmlns="http://www.w3.org/1999/xhtml"><p>Brian MRI results discussion</p><p>Second line</p></div>',
        },
      }),
      AppointmentSchema.parse({
        resourceType: 'Appointment',
        id: 'empty-narrative',
        status: 'pending',
        text: { status: 'empty', div: '<div>No human-readable text provided</div>' },
      }),
    ]);
    const by = Object.fromEntries(views.map((view) => [view.id, view]));
    expect(by.proposed).to.deep.include({
      type: 'General Practice',
      title: 'General Practice',
      requested: { start: '2026-06-01', end: '2026-06-30' },
    });
    expect(by['narrative-only']?.title).to.equal('Brian MRI results discussion');
    expect(by['empty-narrative']?.title).to.equal(undefined);
  });
});
