/**
 * Appointments.
 */
import type { Appointment } from '../../../api/fhir/schemas.js';
import { compact, conceptText, dateKey, hasCode, present, referencedType, soonestFirst, sortBy } from './datatypes.js';

export interface AppointmentView {
  id: string;
  start?: string;
  end?: string;
  /** The practitioners taking part, by name. */
  practitioners: string[];
  location?: string;
  /** The type of visit, or the service. */
  type?: string;
  reason?: string;
  /** FHIR status code: `booked`, `pending`, `proposed`, `cancelled`, `fulfilled`, `noshow`, ... */
  status: string;
}

const practitionerTypes = ['PPRF', 'ATND', 'PRF'];
const practitionerResources = ['Practitioner', 'PractitionerRole'];
/** Actors that a participant type of `ATND` or `PRF` never makes a practitioner. */
const otherActors = ['Patient', 'Location', 'RelatedPerson', 'Device', 'HealthcareService', 'Group'];

/** Appointments, the soonest first. Practitioners and the location are named only by their displays. */
export function toAppointments(appointments: Appointment[]): AppointmentView[] {
  const views = appointments
    .filter((appointment) => appointment.status !== 'entered-in-error')
    .map((appointment): AppointmentView => {
      const practitioners: string[] = [];
      let location: string | undefined;
      for (const participant of appointment.participant ?? []) {
        const display = present(participant.actor?.display);
        if (!display) continue;
        const type = referencedType(participant.actor?.reference);
        if (type === 'Location') {
          location ??= display;
          continue;
        }
        const isPractitioner =
          (type !== undefined && practitionerResources.includes(type)) ||
          ((type === undefined || !otherActors.includes(type)) &&
            (participant.type ?? []).some((concept) => hasCode(concept, practitionerTypes)));
        if (isPractitioner && !practitioners.includes(display)) practitioners.push(display);
      }
      return compact({
        id: appointment.id ?? '',
        start: present(appointment.start),
        end: present(appointment.end),
        practitioners,
        location,
        type: conceptText(appointment.appointmentType) ?? conceptText(appointment.serviceType?.[0]),
        reason: conceptText(appointment.reasonCode?.[0]) ?? present(appointment.description),
        status: appointment.status,
      });
    });
  return sortBy(views, (view) => dateKey(view.start), soonestFirst);
}
