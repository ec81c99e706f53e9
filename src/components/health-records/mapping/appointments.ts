/**
 * Appointments.
 */
import type { Appointment } from '../../../api/fhir/schemas.js';
import { compact, conceptText, dateKey, hasCode, present, referencedType, soonestFirst, sortBy } from './datatypes.js';
import { narrativeTitle } from './narrative.js';

export interface AppointmentView {
  /** The language the record's words are written in (`Resource.language`, BCP 47), when it says. */
  language?: string;
  id: string;
  start?: string;
  end?: string;
  /** The practitioners taking part, by name. */
  practitioners: string[];
  location?: string;
  /** The type of visit, or the service. */
  type?: string;
  reason?: string;
  /**
   * What to call an appointment with no start: its type, reason, service or description, or else the first words
   * of its narrative.
   */
  title?: string;
  /** When the patient asked for it (`requestedPeriod`), for one not yet given a time. */
  requested?: { start?: string; end?: string };
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
      const type = conceptText(appointment.appointmentType) ?? conceptText(appointment.serviceType?.[0]);
      const reason = conceptText(appointment.reasonCode?.[0]) ?? present(appointment.description);
      const requested = appointment.requestedPeriod?.find((period) => present(period.start) ?? present(period.end));
      return compact({
        id: appointment.id ?? '',
        language: present(appointment.language),
        start: present(appointment.start),
        end: present(appointment.end),
        practitioners,
        location,
        type,
        reason,
        title: reason ?? type ?? conceptText(appointment.specialty?.[0]) ?? narrativeTitle(appointment.text),
        requested: requested ? compact({ start: present(requested.start), end: present(requested.end) }) : undefined,
        status: appointment.status,
      });
    });
  return sortBy(views, (view) => dateKey(view.start), soonestFirst);
}
