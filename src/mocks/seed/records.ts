/**
 * The FHIR R4 (US Core) records of the seeded patients. Everything is made up; dates are relative to the mock clock,
 * and every record is deterministic (a fixed seed, no `Math.random`), so the same `now` always gives the same record.
 * Treat the records as read-only: the bulk lab results of the large record share their unchanging (frozen) parts.
 */
import type { SeedPatient } from './patients.js';

/** A FHIR resource as plain JSON. */
export type FhirJson = { resourceType: string; id: string; [key: string]: unknown };

export interface PatientRecord {
  /** The FHIR Patient resource (name, birthDate, gender, telecom, communication with preferred language). */
  patient: FhirJson;
  /** Everything the FHIR API serves for this patient: Condition, MedicationRequest, MedicationStatement,
   *  Immunization, AllergyIntolerance, Procedure, CarePlan, Observation (category laboratory, plus a few vital-signs),
   *  DiagnosticReport (category LAB), Appointment. */
  resources: FhirJson[];
  /** Lab Observations and DiagnosticReports the practice has NOT shared with the patient: never served. */
  unsharedLabs: FhirJson[];
  /** Chart notes (DocumentReference resources with base64 text attachments, and DiagnosticReport of category
   *  clinical note): never served. Each contains the marker text "CHART NOTE" in its decoded text / conclusion. */
  chartNotes: FhirJson[];
}

// ---------------------------------------------------------------------------------------------------------------
// Code systems and small builders

const LOINC = 'http://loinc.org';
const SCT = 'http://snomed.info/sct';
const RXN = 'http://www.nlm.nih.gov/research/umls/rxnorm';
const CVX = 'http://hl7.org/fhir/sid/cvx';
const ICD10 = 'http://hl7.org/fhir/sid/icd-10-cm';
const UCUM = 'http://unitsofmeasure.org';
const TERM = 'http://terminology.hl7.org/CodeSystem/';
const US_CORE = 'http://hl7.org/fhir/us/core/CodeSystem/';
const OBS_CAT = `${TERM}observation-category`;

type J = Record<string, unknown>;
type Pair = readonly [code: string, display: string];

const coding = (system: string, code: string, display: string): J => ({ system, code, display });
const cc = (system: string, code: string, display: string, text?: string): J => ({
  coding: [coding(system, code, display)],
  text: text ?? display,
});
const sct = (code: string, display: string, text?: string): J => cc(SCT, code, display, text);
const textOnly = (text: string): J => ({ text });
const ref = (reference: string, display?: string): J =>
  display === undefined ? { reference } : { reference, display };
const qty = (value: number, unit: string, code: string = unit): J => ({ value, unit, system: UCUM, code });
const textOf = (r: FhirJson): string | undefined => (r['code'] as { text?: string } | undefined)?.text;
const about = (r: FhirJson): J => ref(`${r.resourceType}/${r.id}`, textOf(r));
const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
const round = (v: number, dec: number): number => Math.round(v * 10 ** dec) / 10 ** dec;

/** Freezes an object and everything in it. */
function frozen<T>(o: T): T {
  if (o !== null && typeof o === 'object') {
    for (const v of Object.values(o)) frozen(v);
    Object.freeze(o);
  }
  return o;
}

const PEOPLE = {
  shah: ['Practitioner/pr-priya-shah', 'Dr. Priya Shah'],
  okafor: ['Practitioner/pr-daniel-okafor', 'Dr. Daniel Okafor'],
  ruiz: ['Practitioner/pr-elena-ruiz', 'Dr. Elena Ruiz'],
  cole: ['Practitioner/pr-megan-cole', 'Megan Cole, NP'],
  nurse: ['Practitioner/pr-james-ortiz', 'James Ortiz, RN'],
  lab: ['Organization/org-hudson-valley-lab', 'Hudson Valley Reference Laboratory'],
  practice: ['Organization/org-riverside-fm', 'Riverside Family Medicine'],
  clinic: ['Location/loc-main-street', 'Riverside Family Medicine – Main Street Clinic'],
} as const;
type Who = keyof typeof PEOPLE;
/** Someone at the practice, or only the display of someone (or somewhere) outside it. */
type Actor = Who | { display: string };
const who = (k: Who): J => ref(PEOPLE[k][0], PEOPLE[k][1]);
const actor = (k: Actor): J => (typeof k === 'string' ? who(k) : { display: k.display });

// ---------------------------------------------------------------------------------------------------------------
// The clock: days relative to the mock clock, clinic times in America/New_York

const DAY = 86_400_000;
const p2 = (n: number): string => (n < 10 ? `0${n}` : `${n}`);

/** The US Eastern offset in hours on a local calendar day (daylight time from the second Sunday of March to the
 *  first Sunday of November); clinic hours never fall in the 2 a.m. switch. */
function easternOffset(y: number, m: number, d: number): number {
  if (m < 2 || m > 10) return -5;
  if (m > 2 && m < 10) return -4;
  const firstSunday = 1 + ((7 - new Date(Date.UTC(y, m, 1)).getUTCDay()) % 7);
  if (m === 2) return d >= firstSunday + 7 ? -4 : -5;
  return d < firstSunday ? -4 : -5;
}

function makeClock(now: Date) {
  const t = now.getTime();
  const approx = new Date(t - 5 * 3_600_000);
  const offset = easternOffset(approx.getUTCFullYear(), approx.getUTCMonth(), approx.getUTCDate());
  const local = new Date(t + offset * 3_600_000);
  const base = Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate());
  const parts = (days: number) => {
    const d = new Date(base + days * DAY);
    return [d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), d.getUTCDay()] as const;
  };
  const wd = (days: number): number => {
    const dow = parts(days)[3];
    return dow === 6 ? days - 1 : dow === 0 ? days + 1 : days;
  };
  return {
    /** `YYYY-MM-DD`, `days` from today (negative: in the past). */
    date(days: number): string {
      const [y, m, d] = parts(days);
      return `${y}-${p2(m + 1)}-${p2(d)}`;
    },
    /** A local clinic time as a dateTime with its Eastern offset. */
    at(days: number, hh: number, mm = 0): string {
      const [y, m, d] = parts(days);
      return `${y}-${p2(m + 1)}-${p2(d)}T${p2(hh)}:${p2(mm)}:00${easternOffset(y, m, d) === -4 ? '-04:00' : '-05:00'}`;
    },
    /** The UTC instant of a local clinic time, plus `minutes`. */
    instant(days: number, hh: number, mm = 0, minutes = 0): string {
      const [y, m, d] = parts(days);
      return new Date(Date.UTC(y, m, d, hh - easternOffset(y, m, d), mm + minutes)).toISOString().replace('.000Z', 'Z');
    },
    /** `days` moved off a weekend: Saturday back to Friday, Sunday on to Monday. */
    wd,
    /** Days from today to a mid-October flu clinic, `back` seasons before the latest one at least two weeks past. */
    fall(back: number): number {
      const y = parts(0)[0];
      const season = Date.UTC(y, 9, 14) > base - 14 * DAY ? y - 1 : y;
      return wd(Math.round((Date.UTC(season - back, 9, 14) - base) / DAY));
    },
    /** The flu season of a day, e.g. `2025–2026 season`. */
    season(days: number): string {
      const [y, m] = parts(days);
      const start = m >= 6 ? y : y - 1;
      return `${start}–${start + 1} season`;
    },
  };
}
type Clock = ReturnType<typeof makeClock>;

interface Ctx {
  p: SeedPatient;
  pid: string;
  c: Clock;
  seq: Record<string, number>;
}

const nid = (x: Ctx, kind: string): string => {
  const n = (x.seq[kind] ?? 0) + 1;
  x.seq[kind] = n;
  return `${x.pid}-${kind}-${n}`;
};
const subj = (x: Ctx): J => ref(`Patient/${x.pid}`, `${x.p.given} ${x.p.family}`);

function ageOn(birthDate: string, date: string): number {
  const [by = 0, bm = 0, bd = 0] = birthDate.split('-').map(Number);
  const [y = 0, m = 0, d = 0] = date.split('-').map(Number);
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

// ---------------------------------------------------------------------------------------------------------------
// Patient

const GP: Record<SeedPatient['record'], Who> = {
  full: 'shah',
  'phone-only': 'shah',
  spanish: 'ruiz',
  expired: 'okafor',
  empty: 'cole',
  large: 'okafor',
};

function patientResource(p: SeedPatient): FhirJson {
  const es = p.language === 'es';
  const phone = `(${p.phone.slice(0, 3)}) ${p.phone.slice(3, 6)}-${p.phone.slice(6)}`;
  return {
    resourceType: 'Patient',
    id: p.id,
    meta: { profile: ['http://hl7.org/fhir/us/core/StructureDefinition/us-core-patient'] },
    identifier: [
      {
        use: 'usual',
        type: cc(`${TERM}v2-0203`, 'MR', 'Medical record number'),
        system: 'https://riverside-fm.example.org/fhir/sid/mrn',
        value: `RFM-${p.id.slice(2).toUpperCase()}`,
      },
    ],
    active: true,
    name: [{ use: 'official', text: `${p.given} ${p.family}`, family: p.family, given: [p.given] }],
    telecom: [
      { system: 'phone', value: phone, use: p.phoneUse, rank: 1 },
      { system: 'email', value: p.email, use: 'home', rank: 2 },
    ],
    gender: p.gender,
    birthDate: p.birthDate,
    communication: [
      {
        language: {
          coding: [coding('urn:ietf:bcp:47', p.language, es ? 'Spanish' : 'English')],
          text: es ? 'Español' : 'English',
        },
        preferred: true,
      },
    ],
    generalPractitioner: [who(GP[p.record])],
    managingOrganization: who('practice'),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Problems, medications, immunizations, allergies, procedures, care plans

interface CondIn {
  sct: Pair;
  icd: Pair;
  text: string;
  clinical?: 'active' | 'resolved' | 'inactive' | 'remission';
  verification?: 'confirmed' | 'provisional' | 'entered-in-error';
  onset?: number;
  onsetString?: string;
  abated?: number;
  /** Defaults to the onset. */
  recorded?: number;
}

function condition(x: Ctx, o: CondIn): FhirJson {
  const verification = o.verification ?? 'confirmed';
  const r: FhirJson = { resourceType: 'Condition', id: nid(x, 'cond') };
  // FHIR con-5: an entered-in-error condition carries no clinical status.
  if (verification !== 'entered-in-error') {
    r.clinicalStatus = cc(`${TERM}condition-clinical`, o.clinical ?? 'active', cap(o.clinical ?? 'active'));
  }
  const verificationDisplay = verification === 'entered-in-error' ? 'Entered in Error' : cap(verification);
  r.verificationStatus = cc(`${TERM}condition-ver-status`, verification, verificationDisplay);
  r.category = [cc(`${TERM}condition-category`, 'problem-list-item', 'Problem List Item')];
  r.code = { coding: [coding(SCT, ...o.sct), coding(ICD10, ...o.icd)], text: o.text };
  r.subject = subj(x);
  if (o.onset !== undefined) r.onsetDateTime = x.c.date(o.onset);
  if (o.onsetString !== undefined) r.onsetString = o.onsetString;
  if (o.abated !== undefined) r.abatementDateTime = x.c.date(o.abated);
  r.recordedDate = x.c.date(o.recorded ?? o.onset ?? 0);
  r.recorder = who(GP[x.p.record]);
  return r;
}

const MED = {
  metformin500: ['861007', 'metformin hydrochloride 500 MG Oral Tablet'],
  lisinopril10: ['314076', 'lisinopril 10 MG Oral Tablet'],
  lisinopril20: ['314077', 'lisinopril 20 MG Oral Tablet'],
  amlodipine5: ['197361', 'amlodipine 5 MG Oral Tablet'],
  atorvastatin20: ['617310', 'atorvastatin 20 MG Oral Tablet'],
  atorvastatin40: ['617311', 'atorvastatin 40 MG Oral Tablet'],
  levothyroxine75: ['966222', 'levothyroxine sodium 0.075 MG Oral Tablet'],
  glipizide5: ['310490', 'glipizide 5 MG Oral Tablet'],
  azithromycin250: ['308460', 'azithromycin 250 MG Oral Tablet'],
  aspirin81: ['243670', 'aspirin 81 MG Oral Tablet'],
  loratadine10: ['311372', 'loratadine 10 MG Oral Tablet'],
  acetaminophen500: ['198440', 'acetaminophen 500 MG Oral Tablet'],
  ibuprofen200: ['310965', 'ibuprofen 200 MG Oral Tablet'],
  pantoprazole40: ['314200', 'pantoprazole 40 MG Delayed Release Oral Tablet'],
  cyclobenzaprine10: ['828348', 'cyclobenzaprine hydrochloride 10 MG Oral Tablet'],
  albuterol: ['745679', '200 ACTUAT albuterol 0.09 MG/ACTUAT Metered Dose Inhaler'],
  ferrousSulfate: ['310325', 'ferrous sulfate 325 MG Oral Tablet'],
  apixaban5: ['1364445', 'apixaban 5 MG Oral Tablet'],
  metoprololEr25: ['866427', '24 HR metoprolol succinate 25 MG Extended Release Oral Tablet'],
  tamsulosin: ['863669', 'tamsulosin hydrochloride 0.4 MG Oral Capsule'],
} as const satisfies Record<string, Pair>;

/** A medication by RxNorm code, with the clinic's own wording. */
const med = (m: Pair, text: string): J => ({ medicationCodeableConcept: cc(RXN, m[0], m[1], text) });
const ORAL = (): J => sct('26643006', 'Oral route');
const DAILY = 'Take 1 tablet by mouth once a day.';

interface MedOpts {
  status?: 'active' | 'completed' | 'stopped' | 'on-hold' | 'cancelled';
  statusReason?: J;
  by?: Who;
  prn?: boolean;
  /** The route; `null` for none (supplies). Defaults to oral. */
  route?: J | null;
  patientInstruction?: string;
  /** Quantity dispensed: value, unit, UCUM code. Defaults to 90 tablets. */
  qty?: readonly [number, string, string];
  supply?: number;
  repeats?: number;
}

function dosage(text: string, prn: boolean | undefined, route: J | null, patientInstruction?: string): J {
  const d: J = { sequence: 1, text };
  if (patientInstruction !== undefined) d.patientInstruction = patientInstruction;
  if (prn !== undefined) d.asNeededBoolean = prn;
  if (route) d.route = route;
  return d;
}

/** A prescription: `medication` holds medication[x] (and `contained` when it points inside). */
function medRequest(
  x: Ctx,
  medication: J,
  authored: number,
  dose: string,
  reason?: FhirJson,
  o: MedOpts = {},
): FhirJson {
  const r: FhirJson = { resourceType: 'MedicationRequest', id: nid(x, 'medreq'), status: o.status ?? 'active' };
  if (o.statusReason) r.statusReason = o.statusReason;
  Object.assign(r, {
    intent: 'order',
    category: [cc(`${TERM}medicationrequest-category`, 'community', 'Community')],
    ...medication,
    subject: subj(x),
    authoredOn: x.c.at(authored, 10, 40),
    requester: who(o.by ?? GP[x.p.record]),
  });
  if (reason) r.reasonReference = [about(reason)];
  r.dosageInstruction = [dosage(dose, o.prn, o.route === undefined ? ORAL() : o.route, o.patientInstruction)];
  const [value, unit, ucum] = o.qty ?? [90, 'tablet', '{tbl}'];
  r.dispenseRequest = {
    validityPeriod: { start: x.c.date(authored), end: x.c.date(authored + 365) },
    numberOfRepeatsAllowed: o.repeats ?? 3,
    quantity: qty(value, unit, ucum),
    expectedSupplyDuration: qty(o.supply ?? 90, 'days', 'd'),
  };
  return r;
}

/** A medication the patient reports taking (or having taken). */
function medStatement(
  x: Ctx,
  medication: J,
  [start, end]: readonly [number, number?],
  dose: string,
  o: { status?: 'active' | 'stopped' | 'completed'; statusReason?: J; prn?: boolean; reason?: FhirJson } = {},
): FhirJson {
  const r: FhirJson = { resourceType: 'MedicationStatement', id: nid(x, 'medstmt'), status: o.status ?? 'active' };
  if (o.statusReason) r.statusReason = [o.statusReason];
  Object.assign(r, {
    category: cc(`${TERM}medication-statement-category`, 'patientspecified', 'Patient Specified'),
    ...medication,
    subject: subj(x),
    effectivePeriod: end === undefined ? { start: x.c.date(start) } : { start: x.c.date(start), end: x.c.date(end) },
    dateAsserted: x.c.date(end === undefined ? -20 : end + 5),
    informationSource: subj(x),
  });
  if (o.reason) r.reasonReference = [about(o.reason)];
  r.dosage = [dosage(dose, o.prn, ORAL())];
  return r;
}

const VAX = {
  flu: ['140', 'Influenza, seasonal, injectable, preservative free'],
  flu4: ['150', 'Influenza, injectable, quadrivalent, preservative free'],
  fluHighDose: ['135', 'Influenza, high dose seasonal'],
  covid: ['208', 'SARS-COV-2 (COVID-19) vaccine, mRNA, spike protein, LNP, preservative free, 30 mcg/0.3mL dose'],
  tdap: ['115', 'Tdap'],
  zoster: ['187', 'zoster vaccine recombinant'],
  pcv20: ['216', 'Pneumococcal conjugate PCV20, polysaccharide CRM197, preservative free'],
  ppsv23: ['33', 'pneumococcal polysaccharide vaccine, 23 valent'],
  hepB: ['189', 'Hepatitis B vaccine (recombinant), CpG adjuvanted'],
} as const satisfies Record<string, Pair>;
const FLU_CODES = new Set<string>([VAX.flu[0], VAX.flu4[0], VAX.fluHighDose[0]]);
const SANOFI = 'Sanofi Pasteur';
const PFIZER = 'Pfizer, Inc';
const GSK = 'GlaxoSmithKline';

interface ImmOpts {
  at?: readonly [hh: number, mm: number];
  maker?: string;
  lot?: string;
  site?: 'LD' | 'RD';
  mL?: number;
  /** Dose number and series doses. */
  dose?: readonly [number, number];
  series?: string;
  /** Given elsewhere, transcribed from a written record: where. */
  elsewhere?: string;
  notDone?: Pair;
}

function immunization(x: Ctx, vaccine: Pair, text: string, days: number, o: ImmOpts = {}): FhirJson {
  const [hh, mm] = o.at ?? [10, 15];
  const when = x.c.at(days, hh, mm);
  const r: FhirJson = { resourceType: 'Immunization', id: nid(x, 'imm'), status: o.notDone ? 'not-done' : 'completed' };
  if (o.notDone) r.statusReason = cc(`${TERM}v3-ActReason`, ...o.notDone);
  r.vaccineCode = cc(CVX, ...vaccine, text);
  r.patient = subj(x);
  r.occurrenceDateTime = when;
  r.recorded = o.elsewhere === undefined ? when : x.c.date(days + 40);
  r.primarySource = o.elsewhere === undefined;
  if (o.elsewhere !== undefined) r.reportOrigin = cc(`${TERM}immunization-origin`, 'record', 'Written Record');
  r.location = o.elsewhere === undefined ? who('clinic') : { display: o.elsewhere };
  if (o.notDone) return r;
  if (o.maker) r.manufacturer = { display: o.maker };
  if (o.lot) {
    r.lotNumber = o.lot;
    r.expirationDate = x.c.date(days + 214);
  }
  const site = o.site ?? 'LD';
  r.site = cc(`${TERM}v3-ActSite`, site, site === 'LD' ? 'left deltoid' : 'right deltoid');
  r.route = cc(`${TERM}v3-RouteOfAdministration`, 'IM', 'Injection, intramuscular');
  r.doseQuantity = qty(o.mL ?? 0.5, 'mL');
  if (o.elsewhere === undefined) {
    r.performer = [{ function: cc(`${TERM}v2-0443`, 'AP', 'Administering Provider'), actor: who('nurse') }];
  }
  const series = o.series ?? (FLU_CODES.has(vaccine[0]) ? x.c.season(days) : undefined);
  const [dose, of] = o.dose ?? [1, 1];
  r.protocolApplied = [
    series === undefined
      ? { doseNumberPositiveInt: dose, seriesDosesPositiveInt: of }
      : { series, doseNumberPositiveInt: dose, seriesDosesPositiveInt: of },
  ];
  return r;
}

type Severity = 'mild' | 'moderate' | 'severe';
interface AllergyIn {
  code: J;
  type?: 'allergy' | 'intolerance';
  cat?: 'medication' | 'food' | 'environment' | 'biologic';
  crit?: 'low' | 'high' | 'unable-to-assess';
  clinical?: 'active' | 'inactive' | 'resolved';
  onset?: number;
  recorded: number;
  last?: number;
  reactions?: readonly (readonly [manifestations: J[], severity: Severity, onset?: number])[];
}

function allergy(x: Ctx, o: AllergyIn): FhirJson {
  const clinical = o.clinical ?? 'active';
  const r: FhirJson = {
    resourceType: 'AllergyIntolerance',
    id: nid(x, 'allergy'),
    clinicalStatus: cc(`${TERM}allergyintolerance-clinical`, clinical, cap(clinical)),
    verificationStatus: cc(`${TERM}allergyintolerance-verification`, 'confirmed', 'Confirmed'),
  };
  if (o.type) r.type = o.type;
  if (o.cat) r.category = [o.cat];
  if (o.crit) r.criticality = o.crit;
  r.code = o.code;
  r.patient = subj(x);
  if (o.onset !== undefined) r.onsetDateTime = x.c.date(o.onset);
  r.recordedDate = x.c.date(o.recorded);
  r.recorder = who(GP[x.p.record]);
  if (o.last !== undefined) r.lastOccurrence = x.c.date(o.last);
  if (o.reactions) {
    r.reaction = o.reactions.map(([manifestation, severity, onset]) =>
      onset === undefined ? { manifestation, severity } : { manifestation, severity, onset: x.c.date(onset) },
    );
  }
  return r;
}

type At = readonly [days: number, hh: number, mm: number];

interface ProcIn {
  code: J;
  status: 'completed' | 'in-progress' | 'not-done' | 'stopped';
  at?: At;
  from?: At;
  to?: At;
  by?: Actor;
  where?: Actor;
  reason?: FhirJson;
  statusReason?: J;
  bodySite?: J;
}

function procedure(x: Ctx, o: ProcIn): FhirJson {
  const r: FhirJson = { resourceType: 'Procedure', id: nid(x, 'proc'), status: o.status };
  if (o.statusReason) r.statusReason = o.statusReason;
  r.code = o.code;
  r.subject = subj(x);
  if (o.at) r.performedDateTime = x.c.at(...o.at);
  if (o.from) r.performedPeriod = { start: x.c.at(...o.from), ...(o.to && { end: x.c.at(...o.to) }) };
  if (o.by) r.performer = [{ actor: actor(o.by) }];
  if (o.where) r.location = actor(o.where);
  if (o.reason) r.reasonReference = [about(o.reason)];
  if (o.bodySite) r.bodySite = [o.bodySite];
  return r;
}

const ASSESS_PLAN = (): J => cc(`${US_CORE}careplan-category`, 'assess-plan', 'Assessment and Plan of Treatment');
type ActivityStatus = 'not-started' | 'scheduled' | 'in-progress' | 'completed' | 'cancelled';

/** An activity of a care plan: status, description, and optionally a code, a kind and when. */
const activity = (status: ActivityStatus, description: string, more: J = {}): J => ({
  detail: { ...more, status, description },
});

function carePlan(
  x: Ctx,
  o: { title: string; description: string; code?: J; start: number; addresses: FhirJson[]; activities: J[] },
): FhirJson {
  return {
    resourceType: 'CarePlan',
    id: nid(x, 'careplan'),
    status: 'active',
    intent: 'plan',
    category: o.code ? [ASSESS_PLAN(), o.code] : [ASSESS_PLAN()],
    title: o.title,
    description: o.description,
    subject: subj(x),
    period: { start: x.c.date(o.start) },
    created: x.c.date(o.start),
    author: who(GP[x.p.record]),
    addresses: o.addresses.map(about),
    activity: o.activities,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Labs and vital signs

interface Analyte {
  code: string;
  display: string;
  text: string;
  unit: string;
  ucum: string;
  low?: number;
  high?: number;
  dec: number;
  critLow?: number;
  critHigh?: number;
  rangeText?: string;
}

/** The UCUM code of units displayed otherwise. */
const UCUM_OF: Record<string, string> = {
  '10^3/µL': '10*3/uL',
  '10^6/µL': '10*6/uL',
  'mIU/L': 'm[IU]/L',
  'mL/min/1.73m2': 'mL/min/{1.73_m2}',
  'mg/g': 'mg/g{creat}',
};

/** An analyte: LOINC code and display, short text, unit, reference range (either end may be missing), decimals and
 *  critical limits. */
function an(
  code: string,
  display: string,
  text: string,
  unit: string,
  [low, high]: readonly [number?, number?],
  dec: number,
  [critLow, critHigh]: readonly [number?, number?] = [],
): Analyte {
  const a: Analyte = { code, display, text, unit, ucum: UCUM_OF[unit] ?? unit, dec };
  if (low !== undefined) a.low = low;
  if (high !== undefined) a.high = high;
  if (critLow !== undefined) a.critLow = critLow;
  if (critHigh !== undefined) a.critHigh = critHigh;
  return a;
}

const SP = 'in Serum or Plasma';
const MASS = `[Mass/volume] ${SP}`;
const MOLES = `[Moles/volume] ${SP}`;
const ENZ = `[Enzymatic activity/volume] ${SP}`;
const AUTO = 'in Blood by Automated count';
const GLU = an('2345-7', `Glucose ${MASS}`, 'Glucose', 'mg/dL', [70, 99], 0, [50, 400]);
const BUN = an('3094-0', `Urea nitrogen ${MASS}`, 'Urea nitrogen (BUN)', 'mg/dL', [7, 25], 0);
const CREAT_F = an('2160-0', `Creatinine ${MASS}`, 'Creatinine', 'mg/dL', [0.5, 1.05], 2);
const CREAT_M = { ...CREAT_F, low: 0.7, high: 1.3 };
const EGFR = an(
  '98979-8',
  `Glomerular filtration rate/1.73 sq M.predicted [Volume Rate/Area] in Serum, Plasma or Blood by Creatinine-based formula (CKD-EPI 2021)`,
  'eGFR (CKD-EPI 2021)',
  'mL/min/1.73m2',
  [60],
  0,
);
const NA = an('2951-2', `Sodium ${MOLES}`, 'Sodium', 'mmol/L', [135, 146], 0, [120, 160]);
const K = an('2823-3', `Potassium ${MOLES}`, 'Potassium', 'mmol/L', [3.5, 5.3], 1, [2.8, 6.2]);
const CL = an('2075-0', `Chloride ${MOLES}`, 'Chloride', 'mmol/L', [98, 110], 0);
const CO2 = an('2028-9', `Carbon dioxide, total ${MOLES}`, 'Carbon dioxide (CO2)', 'mmol/L', [20, 32], 0);
const CA = an('17861-6', `Calcium ${MASS}`, 'Calcium', 'mg/dL', [8.6, 10.4], 1);
const TP = an('2885-2', `Protein ${MASS}`, 'Protein, total', 'g/dL', [6.1, 8.1], 1);
const ALB = an('1751-7', `Albumin ${MASS}`, 'Albumin', 'g/dL', [3.6, 5.1], 1);
const TBIL = an('1975-2', `Bilirubin.total ${MASS}`, 'Bilirubin, total', 'mg/dL', [0.2, 1.2], 1);
const ALP = an('6768-6', `Alkaline phosphatase ${ENZ}`, 'Alkaline phosphatase', 'U/L', [37, 153], 0);
const ALT = an('1742-6', `Alanine aminotransferase ${ENZ}`, 'ALT', 'U/L', [6, 29], 0);
const AST = an('1920-8', `Aspartate aminotransferase ${ENZ}`, 'AST', 'U/L', [10, 35], 0);
const CHOL = an('2093-3', `Cholesterol ${MASS}`, 'Cholesterol, total', 'mg/dL', [undefined, 200], 0);
const TRIG = an('2571-8', `Triglyceride ${MASS}`, 'Triglycerides', 'mg/dL', [undefined, 150], 0, [undefined, 1000]);
const HDL_F = an('2085-9', `Cholesterol in HDL ${MASS}`, 'HDL cholesterol', 'mg/dL', [50], 0);
const HDL_M = { ...HDL_F, low: 40 };
const LDL = an(
  '13457-7',
  `Cholesterol in LDL ${MASS} by calculation`,
  'LDL cholesterol (calculated)',
  'mg/dL',
  [undefined, 100],
  0,
);
const A1C = an('4548-4', 'Hemoglobin A1c/Hemoglobin.total in Blood', 'Hemoglobin A1c', '%', [4, 5.6], 1);
const TSH = an('3016-3', `Thyrotropin [Units/volume] ${SP}`, 'TSH', 'mIU/L', [0.4, 4.5], 2);
const MALB: Analyte = {
  ...an('14959-1', 'Microalbumin/Creatinine [Mass Ratio] in Urine', 'Urine albumin/creatinine ratio', 'mg/g', [], 0),
  rangeText: '<30 mg/g creatinine',
};
const WBC = an('6690-2', `Leukocytes [#/volume] ${AUTO}`, 'White blood cells', '10^3/µL', [3.8, 10.8], 1, [2, 30]);
const RBC_F = an('789-8', `Erythrocytes [#/volume] ${AUTO}`, 'Red blood cells', '10^6/µL', [3.8, 5.1], 2);
const RBC_M = { ...RBC_F, low: 4.2, high: 5.8 };
const HGB_F = an('718-7', 'Hemoglobin [Mass/volume] in Blood', 'Hemoglobin', 'g/dL', [11.7, 15.5], 1, [7, 20]);
const HGB_M = { ...HGB_F, low: 13.2, high: 17.1 };
const HCT_F = an('4544-3', 'Hematocrit [Volume Fraction] of Blood by Automated count', 'Hematocrit', '%', [35, 45], 1);
const HCT_M = { ...HCT_F, low: 38.5, high: 50 };
const MCV = an('787-2', 'MCV [Entity volume] by Automated count', 'MCV', 'fL', [80, 100], 0);
const PLT = an('777-3', `Platelets [#/volume] ${AUTO}`, 'Platelets', '10^3/µL', [140, 400], 0, [50, 1000]);
const FERRITIN = an('2276-4', `Ferritin ${MASS}`, 'Ferritin', 'ng/mL', [16, 154], 0);
const HCV = an('13955-0', `Hepatitis C virus Ab [Presence] ${SP} by Immunoassay`, 'Hepatitis C antibody', '', [], 0);
const UCX = an('630-4', 'Bacteria identified in Urine by Culture', 'Urine culture', '', [], 0);

type Panel = readonly [code: string, display: string, text: string];
const asPanel = (a: Analyte): Panel => [a.code, a.display, a.text];
const P_CMP: Panel = [
  '24323-8',
  'Comprehensive metabolic 2000 panel - Serum or Plasma',
  'Comprehensive metabolic panel',
];
const P_BMP: Panel = ['24321-2', 'Basic metabolic 2000 panel - Serum or Plasma', 'Basic metabolic panel'];
const P_LIPID: Panel = ['24331-1', 'Lipid 1996 panel - Serum or Plasma', 'Lipid panel'];
const P_CBC: Panel = ['58410-2', 'CBC panel - Blood by Automated count', 'Complete blood count (CBC)'];

const INTERP: Record<string, string> = {
  H: 'High',
  L: 'Low',
  N: 'Normal',
  A: 'Abnormal',
  HH: 'Critical high',
  LL: 'Critical low',
};
const interp = (flag: string): J[] => [cc(`${TERM}v3-ObservationInterpretation`, flag, INTERP[flag] ?? flag)];

function flagOf(a: Analyte, v: number): string {
  if (a.critLow !== undefined && v < a.critLow) return 'LL';
  if (a.critHigh !== undefined && v > a.critHigh) return 'HH';
  if (a.low !== undefined && v < a.low) return 'L';
  if (a.high !== undefined && v > a.high) return 'H';
  return 'N';
}

function refRange(a: Analyte): J[] | undefined {
  if (a.low === undefined && a.high === undefined)
    return a.rangeText === undefined ? undefined : [{ text: a.rangeText }];
  const r: J = {};
  if (a.low !== undefined) r.low = qty(a.low, a.unit, a.ucum);
  if (a.high !== undefined) r.high = qty(a.high, a.unit, a.ucum);
  return [r];
}

/** When a specimen was drawn, and when its results were issued. */
interface When {
  eff: string;
  issued: string;
}
const when = (x: Ctx, days: number, hh: number, mm: number, afterMinutes: number): When => ({
  eff: x.c.at(days, hh, mm),
  issued: x.c.instant(days, hh, mm, afterMinutes),
});

/** A lab Observation; `value` null when `extra` carries another value[x] or a dataAbsentReason. */
function lab(x: Ctx, a: Analyte, value: number | null, w: When, extra?: J): FhirJson {
  const r: FhirJson = {
    resourceType: 'Observation',
    id: nid(x, 'lab'),
    status: 'final',
    category: [cc(OBS_CAT, 'laboratory', 'Laboratory')],
    code: { coding: [coding(LOINC, a.code, a.display)], text: a.text },
    subject: subj(x),
    effectiveDateTime: w.eff,
    issued: w.issued,
    performer: [who('lab')],
  };
  if (value !== null) {
    const v = round(value, a.dec);
    r.valueQuantity = qty(v, a.unit, a.ucum);
    r.interpretation = interp(flagOf(a, v));
  }
  const range = refRange(a);
  if (range) r.referenceRange = range;
  return extra ? Object.assign(r, extra) : r;
}

function report(x: Ctx, panel: Panel, w: When, results: FhirJson[]): FhirJson {
  return {
    resourceType: 'DiagnosticReport',
    id: nid(x, 'dr'),
    status: 'final',
    category: [cc(`${TERM}v2-0074`, 'LAB', 'Laboratory')],
    code: { coding: [coding(LOINC, panel[0], panel[1])], text: panel[2] },
    subject: subj(x),
    effectiveDateTime: w.eff,
    issued: w.issued,
    performer: [who('lab')],
    result: results.map((o) => ref(`Observation/${o.id}`, textOf(o))),
  };
}

/** Observations and the report grouping them, in that order. */
const panel = (x: Ctx, p: Panel, w: When, results: FhirJson[]): FhirJson[] => [...results, report(x, p, w, results)];

function vital(x: Ctx, eff: string, [code, display, text]: Panel, value: J | null, component?: J[]): FhirJson {
  const r: FhirJson = {
    resourceType: 'Observation',
    id: nid(x, 'vital'),
    status: 'final',
    category: [cc(OBS_CAT, 'vital-signs', 'Vital Signs')],
    code: cc(LOINC, code, display, text),
    subject: subj(x),
    effectiveDateTime: eff,
    performer: [who('nurse')],
  };
  if (value) r.valueQuantity = value;
  if (component) r.component = component;
  return r;
}

const bloodPressure = (x: Ctx, eff: string, systolic: number, diastolic: number): FhirJson =>
  vital(x, eff, ['85354-9', 'Blood pressure panel with all children optional', 'Blood pressure'], null, [
    { code: cc(LOINC, '8480-6', 'Systolic blood pressure'), valueQuantity: qty(systolic, 'mmHg', 'mm[Hg]') },
    { code: cc(LOINC, '8462-4', 'Diastolic blood pressure'), valueQuantity: qty(diastolic, 'mmHg', 'mm[Hg]') },
  ]);

// ---------------------------------------------------------------------------------------------------------------
// Appointments

const VISIT_TYPES = {
  ROUTINE: ['Routine appointment - default if not valued', 'Office visit'],
  FOLLOWUP: ['A follow up visit from a previous appointment', 'Follow-up visit'],
  CHECKUP: ['A routine check-up, such as an annual physical', 'Annual wellness visit'],
} as const;

interface ApptOpts {
  /** The practitioner seen; none for a nurse or lab visit. */
  doctor?: Who;
  minutes?: number;
  type?: keyof typeof VISIT_TYPES;
  typeText?: string;
  service?: string;
  created?: number;
}

type ApptStatus = 'booked' | 'pending' | 'fulfilled' | 'cancelled' | 'noshow';

function appointment(
  x: Ctx,
  [days, hh, mm]: At,
  status: ApptStatus,
  description: string,
  reason: J[],
  o: ApptOpts = {},
): FhirJson {
  const type = o.type ?? 'FOLLOWUP';
  const minutes = o.minutes ?? 20;
  const end = hh * 60 + mm + minutes;
  const r: FhirJson = { resourceType: 'Appointment', id: nid(x, 'appt'), status };
  if (status === 'cancelled') r.cancelationReason = cc(`${TERM}appointment-cancellation-reason`, 'pat', 'Patient');
  r.serviceType = [cc(`${TERM}service-type`, '124', 'General Practice', o.service ?? 'Primary care')];
  r.appointmentType = cc(`${TERM}v2-0276`, type, VISIT_TYPES[type][0], o.typeText ?? VISIT_TYPES[type][1]);
  r.reasonCode = reason;
  r.description = description;
  r.start = x.c.at(days, hh, mm);
  r.end = x.c.at(days, Math.floor(end / 60), end % 60);
  r.minutesDuration = minutes;
  r.created = x.c.date(o.created ?? Math.min(days, 0) - 30);
  const participant: J[] = [
    { actor: subj(x), required: 'required', status: status === 'cancelled' ? 'declined' : 'accepted' },
  ];
  if (o.doctor) {
    participant.push({
      type: [cc(`${TERM}v3-ParticipationType`, 'PPRF', 'primary performer')],
      actor: who(o.doctor),
      required: 'required',
      status: status === 'pending' ? 'needs-action' : 'accepted',
    });
  }
  participant.push({ actor: who('clinic'), required: 'required', status: 'accepted' });
  r.participant = participant;
  return r;
}

// ---------------------------------------------------------------------------------------------------------------
// Chart notes (never served)

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function base64(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const b1 = bytes[i + 1];
    const b2 = bytes[i + 2];
    const n = ((bytes[i] ?? 0) << 16) | ((b1 ?? 0) << 8) | (b2 ?? 0);
    out += B64.charAt((n >> 18) & 63) + B64.charAt((n >> 12) & 63);
    out += (b1 === undefined ? '=' : B64.charAt((n >> 6) & 63)) + (b2 === undefined ? '=' : B64.charAt(n & 63));
  }
  return out;
}

const NOTE_CATEGORY = (): J => cc(`${US_CORE}us-core-documentreference-category`, 'clinical-note', 'Clinical Note');

/** A clinician's note as a DocumentReference with a plain-text attachment. */
function chartNote(x: Ctx, type: Pair, [days, hh, mm]: At, minutes: number, title: string, lines: string[]): FhirJson {
  const start = x.c.at(days, hh, mm);
  const end = hh * 60 + mm + minutes;
  return {
    resourceType: 'DocumentReference',
    id: nid(x, 'note'),
    status: 'current',
    docStatus: 'final',
    type: cc(LOINC, ...type),
    category: [NOTE_CATEGORY()],
    subject: subj(x),
    date: x.c.instant(days, hh, mm, minutes + 45),
    author: [who(GP[x.p.record])],
    custodian: who('practice'),
    content: [
      {
        attachment: {
          contentType: 'text/plain; charset=utf-8',
          language: 'en-US',
          data: base64(lines.join('\n')),
          title,
          creation: start,
        },
        format: coding(
          'http://ihe.net/fhir/ihe.formatcode.fhir/CodeSystem/formatcode',
          'urn:ihe:iti:xds:2017:mimeTypeSufficient',
          'mimeType Sufficient',
        ),
      },
    ],
    context: { period: { start, end: x.c.at(days, Math.floor(end / 60), end % 60) } },
  };
}

const PROGRESS_NOTE: Pair = ['11506-3', 'Progress note'];

// ---------------------------------------------------------------------------------------------------------------
// The records

type Out = Pick<PatientRecord, 'resources' | 'unsharedLabs' | 'chartNotes'>;

/** Sue Miller: the main demo patient, type 2 diabetes, hypertension and the rest. */
function fullRecord(x: Ctx, out: Out): void {
  const c = x.c;
  const R = out.resources;

  const diabetes = condition(x, {
    sct: ['44054006', 'Diabetes mellitus type 2'],
    icd: ['E11.9', 'Type 2 diabetes mellitus without complications'],
    text: 'Type 2 diabetes',
    onset: -4010,
  });
  const hypertension = condition(x, {
    sct: ['59621000', 'Essential hypertension'],
    icd: ['I10', 'Essential (primary) hypertension'],
    text: 'High blood pressure (hypertension)',
    onset: -5120,
  });
  const lipids = condition(x, {
    sct: ['55822004', 'Hyperlipidemia'],
    icd: ['E78.5', 'Hyperlipidemia, unspecified'],
    text: 'High cholesterol and triglycerides',
    recorded: -3290,
  });
  const thyroid = condition(x, {
    sct: ['40930008', 'Hypothyroidism'],
    icd: ['E03.9', 'Hypothyroidism, unspecified'],
    text: 'Underactive thyroid (hypothyroidism)',
    onset: -2215,
    recorded: -2210,
  });
  const knee = condition(x, {
    sct: ['239873007', 'Osteoarthritis of knee'],
    icd: ['M17.11', 'Unilateral primary osteoarthritis, right knee'],
    text: 'Osteoarthritis, right knee',
    onsetString: 'Gradually, since her late fifties',
    recorded: -1480,
  });
  const obesity = condition(x, {
    sct: ['414916001', 'Obesity'],
    icd: ['E66.9', 'Obesity, unspecified'],
    text: 'Obesity (BMI 30–34.9)',
    onset: -3650,
    recorded: -3290,
  });
  const bronchitis = condition(x, {
    sct: ['10509002', 'Acute bronchitis'],
    icd: ['J20.9', 'Acute bronchitis, unspecified'],
    text: 'Acute bronchitis',
    clinical: 'resolved',
    onset: -404,
    abated: -386,
    recorded: -400,
  });
  const asthmaError = condition(x, {
    sct: ['195967001', 'Asthma'],
    icd: ['J45.909', 'Unspecified asthma, uncomplicated'],
    text: 'Asthma',
    verification: 'entered-in-error',
    onset: -400,
  });
  R.push(diabetes, hypertension, lipids, thyroid, knee, obesity, bronchitis, asthmaError);

  const amlodipine = {
    contained: [
      {
        resourceType: 'Medication',
        id: 'amlodipine',
        code: cc(RXN, ...MED.amlodipine5, 'Amlodipine 5 mg tablet'),
        form: sct('385055001', 'Tablet'),
      },
    ],
    medicationReference: { reference: '#amlodipine', display: 'Amlodipine 5 mg tablet' },
  };
  const metforminDose = 'Take 2 tablets (1,000 mg) by mouth twice a day with breakfast and dinner.';
  const levothyroxineDose =
    'Take 1 tablet by mouth every morning on an empty stomach, 30 to 60 minutes before breakfast.';
  R.push(
    medRequest(x, med(MED.metformin500, 'Metformin 500 mg tablet'), -20, metforminDose, diabetes, {
      qty: [360, 'tablet', '{tbl}'],
    }),
    medRequest(x, med(MED.lisinopril20, 'Lisinopril 20 mg tablet'), -20, DAILY, hypertension),
    medRequest(x, amlodipine, -198, DAILY, hypertension),
    medRequest(
      x,
      med(MED.atorvastatin40, 'Atorvastatin 40 mg tablet'),
      -304,
      'Take 1 tablet by mouth every evening.',
      lipids,
    ),
    medRequest(x, med(MED.levothyroxine75, 'Levothyroxine 75 mcg tablet'), -123, levothyroxineDose, thyroid),
    medRequest(
      x,
      { medicationReference: { display: 'OneTouch Verio blood glucose test strips' } },
      -20,
      'Check blood sugar once a day before breakfast, and any time you feel shaky or sweaty.',
      diabetes,
      { route: null, qty: [100, 'strip', '{strip}'], supply: 100, repeats: 5 },
    ),
    medRequest(
      x,
      med(MED.glipizide5, 'Glipizide 5 mg tablet'),
      -304,
      'Take 1 tablet by mouth once a day with breakfast.',
      diabetes,
      {
        status: 'stopped',
        statusReason: sct('302866003', 'Hypoglycemia', 'Low blood sugar episodes'),
        qty: [30, 'tablet', '{tbl}'],
        supply: 30,
        repeats: 2,
      },
    ),
    medRequest(
      x,
      med(MED.azithromycin250, 'Azithromycin 250 mg tablet (Z-Pak)'),
      -400,
      'Take 2 tablets by mouth on day 1, then 1 tablet once a day on days 2 to 5.',
      bronchitis,
      { status: 'completed', by: 'cole', qty: [6, 'tablet', '{tbl}'], supply: 5, repeats: 0 },
    ),
    medStatement(
      x,
      med(MED.acetaminophen500, 'Acetaminophen 500 mg tablet (Tylenol)'),
      [-1480],
      '1 to 2 tablets by mouth every 8 hours as needed for knee pain; no more than 6 tablets a day.',
      { prn: true, reason: knee },
    ),
    medStatement(
      x,
      med(MED.loratadine10, 'Loratadine 10 mg tablet (Claritin)'),
      [-1100],
      '1 tablet by mouth once a day as needed in allergy season.',
      { prn: true },
    ),
    medStatement(x, med(MED.aspirin81, 'Aspirin 81 mg tablet'), [-2900, -305], '1 tablet by mouth once a day.', {
      status: 'stopped',
      statusReason: textOnly('Stopped on advice: no longer recommended for primary prevention at her age'),
    }),
    medStatement(
      x,
      med(MED.ibuprofen200, 'Ibuprofen 200 mg tablet (Advil)'),
      [-1400, -125],
      '2 tablets by mouth up to three times a day as needed.',
      {
        status: 'stopped',
        prn: true,
        statusReason: textOnly('Stopped: NSAIDs are avoided with lisinopril and her kidney risk'),
        reason: knee,
      },
    ),
  );

  const [fluNow, fluBefore] = [c.fall(0), c.fall(1)];
  const covid = { maker: PFIZER, mL: 0.3, series: 'COVID-19 primary series', elsewhere: 'Main Street Pharmacy' };
  const shingrix = { maker: GSK, series: 'Shingrix 2-dose series' };
  R.push(
    immunization(x, VAX.flu, 'Flu vaccine', fluNow, { at: [9, 40], maker: SANOFI, lot: 'UT8391LA' }),
    immunization(x, VAX.flu4, 'Flu vaccine', fluBefore, { at: [14, 20], maker: SANOFI, lot: 'UJ754AA' }),
    immunization(x, VAX.covid, 'COVID-19 vaccine (Pfizer-BioNTech)', c.wd(-1905), {
      ...covid,
      lot: 'EW0182',
      dose: [1, 2],
    }),
    immunization(x, VAX.covid, 'COVID-19 vaccine (Pfizer-BioNTech)', c.wd(-1884), {
      ...covid,
      lot: 'FA7484',
      dose: [2, 2],
    }),
    immunization(x, VAX.tdap, 'Tdap (tetanus, diphtheria, whooping cough)', c.wd(-2410), {
      maker: GSK,
      lot: '3K72P',
      site: 'RD',
      series: 'Tetanus booster every 10 years',
    }),
    immunization(x, VAX.zoster, 'Shingles vaccine (Shingrix)', c.wd(-800), { ...shingrix, lot: 'K9Y63', dose: [1, 2] }),
    immunization(x, VAX.zoster, 'Shingles vaccine (Shingrix)', c.wd(-730), {
      ...shingrix,
      lot: 'N73R2',
      site: 'RD',
      dose: [2, 2],
    }),
    immunization(x, VAX.pcv20, 'Pneumococcal vaccine (Prevnar 20)', c.wd(-380), { maker: PFIZER, lot: 'HB7452' }),
    immunization(x, VAX.hepB, 'Hepatitis B vaccine (Heplisav-B)', c.wd(-20), {
      at: [10, 50],
      notDone: ['PATOBJ', 'patient objection'],
    }),
  );

  R.push(
    allergy(x, {
      code: sct('764146007', 'Penicillin'),
      type: 'allergy',
      cat: 'medication',
      crit: 'high',
      recorded: -3300,
      reactions: [
        [
          [sct('126485001', 'Urticaria', 'Hives'), sct('41291007', 'Angioedema', 'Swelling of lips and face')],
          'severe',
        ],
      ],
    }),
    allergy(x, {
      code: cc(RXN, '10180', 'sulfamethoxazole', 'Sulfa antibiotics (sulfamethoxazole)'),
      type: 'allergy',
      cat: 'medication',
      crit: 'low',
      onset: -2600,
      recorded: -2600,
      reactions: [[[sct('271807003', 'Eruption of skin', 'Rash')], 'mild', -2600]],
    }),
    allergy(x, {
      code: cc(RXN, '2670', 'codeine', 'Codeine'),
      type: 'intolerance',
      cat: 'medication',
      crit: 'low',
      onset: -3300,
      recorded: -3290,
      reactions: [[[sct('422587007', 'Nausea'), sct('422400008', 'Vomiting')], 'moderate', -3300]],
    }),
    allergy(x, {
      code: sct('111088007', 'Latex', 'Latex (gloves)'),
      type: 'allergy',
      cat: 'environment',
      crit: 'low',
      recorded: -1900,
      reactions: [[[sct('40275004', 'Contact dermatitis', 'Itchy rash where the gloves touched')], 'mild']],
    }),
    allergy(x, {
      code: sct('288328004', 'Bee venom', 'Bee stings'),
      type: 'allergy',
      cat: 'environment',
      crit: 'low',
      clinical: 'resolved',
      onset: -9000,
      recorded: -3290,
      last: -6200,
      reactions: [[[sct('267038008', 'Edema', 'Large swelling around the sting')], 'moderate', -6200]],
    }),
  );

  const visit = c.wd(-20);
  R.push(
    procedure(x, {
      code: sct('45595009', 'Laparoscopic cholecystectomy', 'Gallbladder removal (laparoscopic)'),
      status: 'completed',
      from: [c.wd(-3300), 8, 0],
      to: [c.wd(-3300), 9, 35],
      by: { display: 'Dr. Alan Becker' },
      where: { display: 'Riverside General Hospital' },
    }),
    procedure(x, {
      code: sct('73761001', 'Colonoscopy', 'Screening colonoscopy'),
      status: 'completed',
      at: [c.wd(-1095), 7, 30],
      by: { display: 'Dr. Hannah Kim' },
      where: { display: 'Riverside Endoscopy Center' },
    }),
    procedure(x, {
      code: sct('24623002', 'Screening mammography', 'Screening mammogram'),
      status: 'completed',
      at: [c.wd(-200), 13, 15],
      where: { display: 'Riverside Imaging Center' },
    }),
    procedure(x, {
      code: sct('268400002', '12 lead electrocardiogram', 'Electrocardiogram (ECG)'),
      status: 'completed',
      at: [visit, 10, 45],
      by: 'shah',
      where: 'clinic',
      reason: hypertension,
    }),
    procedure(x, {
      code: sct('91251008', 'Physical therapy procedure', 'Physical therapy for the right knee'),
      status: 'in-progress',
      from: [c.wd(-40), 16, 0],
      by: { display: 'Riverside Physical Therapy' },
      reason: knee,
      bodySite: sct('72696002', 'Knee region structure', 'Right knee'),
    }),
    procedure(x, {
      code: sct('312681000', 'Bone density scan', 'Bone density scan (DEXA)'),
      status: 'not-done',
      statusReason: textOnly('Patient preferred to wait until age 65'),
    }),
  );

  R.push(
    carePlan(x, {
      title: 'Type 2 diabetes care plan',
      description: 'Bring HbA1c below 7% without low blood sugars, and protect the kidneys, eyes and feet.',
      code: sct('698360004', 'Diabetes self management plan'),
      start: -304,
      addresses: [diabetes],
      activities: [
        activity('in-progress', 'Follow a carbohydrate-consistent eating plan; limit sweets and sugary drinks.', {
          code: sct('160670007', 'Diabetic diet', 'Carbohydrate-consistent diet'),
        }),
        activity('in-progress', 'Walk at least 30 minutes, 5 days a week.', {
          code: sct('229065009', 'Exercise therapy'),
        }),
        activity('scheduled', 'HbA1c blood test every 3 months until below 7%, then every 6 months.', {
          kind: 'ServiceRequest',
          code: cc(LOINC, A1C.code, A1C.display, 'HbA1c test'),
          scheduledString: 'Every 3 months',
        }),
        activity('scheduled', 'Yearly dilated eye exam and diabetic foot exam.', {
          scheduledPeriod: { start: c.date(90) },
        }),
      ],
    }),
    carePlan(x, {
      title: 'High blood pressure care plan',
      description: 'Keep blood pressure below 130/80.',
      code: sct('443402002', 'Lifestyle education regarding hypertension'),
      start: -198,
      addresses: [hypertension],
      activities: [
        activity('in-progress', 'Check blood pressure at home twice a week and bring the log to every visit.', {
          scheduledString: 'Twice a week',
        }),
        activity('completed', 'Reviewed a walking program and the DASH eating plan (under 2,300 mg of salt a day).', {
          code: sct('386463000', 'Prescribed activity/exercise education'),
        }),
        activity('scheduled', 'Nurse blood pressure check.', {
          kind: 'Appointment',
          scheduledPeriod: { start: c.date(c.wd(34)) },
        }),
      ],
    }),
    {
      resourceType: 'CarePlan',
      id: nid(x, 'careplan'),
      text: {
        status: 'additional',
        div:
          '<div xmlns="http://www.w3.org/1999/xhtml"><p>Right knee osteoarthritis: plan agreed with Sue.</p><ul>' +
          '<li>Physical therapy twice a week for 6 weeks, then the home exercise program every day.</li>' +
          '<li>Acetaminophen up to 3,000 mg a day when needed; avoid ibuprofen and naproxen.</li>' +
          '<li>Ice the knee for 15 minutes after activity.</li>' +
          '<li>Call the office if the knee swells, locks or gives way.</li></ul></div>',
      },
      status: 'active',
      intent: 'plan',
      category: [ASSESS_PLAN()],
      subject: subj(x),
      period: { start: c.date(-40) },
      author: who('shah'),
    },
  );

  // A year ago: uncontrolled diabetes and a critical triglyceride level.
  const d1 = c.wd(-305);
  const w1 = when(x, d1, 7, 40, 380);
  R.push(
    ...panel(x, P_CBC, w1, [
      lab(x, WBC, 8.1, w1),
      lab(x, RBC_F, 4.31, w1),
      lab(x, HGB_F, 12.6, w1),
      lab(x, HCT_F, 38.2, w1),
      lab(x, MCV, 89, w1),
      lab(x, PLT, 262, w1),
    ]),
    ...panel(x, P_LIPID, w1, [
      lab(x, CHOL, 268, w1),
      lab(x, TRIG, 1040, w1),
      lab(x, HDL_F, 34, w1),
      lab(x, LDL, null, w1, {
        dataAbsentReason: cc(
          `${TERM}data-absent-reason`,
          'not-performed',
          'Not Performed',
          'Not calculated: triglycerides above 400 mg/dL',
        ),
      }),
    ]),
    ...panel(x, asPanel(A1C), w1, [lab(x, A1C, 9.6, w1)]),
    lab(x, HCV, null, w1, {
      valueString: 'Nonreactive',
      interpretation: interp('N'),
      referenceRange: [{ text: 'Nonreactive' }],
    }),
  );
  // Four months ago: much better.
  const w2 = when(x, c.wd(-125), 7, 55, 410);
  R.push(
    ...panel(x, P_CMP, w2, [
      lab(x, GLU, 142, w2),
      lab(x, BUN, 18, w2),
      lab(x, CREAT_F, 0.98, w2),
      lab(x, EGFR, 64, w2),
      lab(x, NA, 138, w2),
      lab(x, K, 5.4, w2),
      lab(x, CL, 102, w2),
      lab(x, CO2, 25, w2),
      lab(x, CA, 9.4, w2),
      lab(x, TP, 7.0, w2),
      lab(x, ALB, 4.2, w2),
      lab(x, TBIL, 0.6, w2),
      lab(x, ALP, 78, w2),
      lab(x, ALT, 38, w2),
      lab(x, AST, 30, w2),
    ]),
    ...panel(x, P_LIPID, w2, [
      lab(x, CHOL, 196, w2),
      lab(x, TRIG, 188, w2),
      lab(x, HDL_F, 44, w2),
      lab(x, LDL, 114, w2),
    ]),
    ...panel(x, asPanel(A1C), w2, [lab(x, A1C, 7.6, w2)]),
    ...panel(x, asPanel(TSH), w2, [lab(x, TSH, 2.14, w2)]),
    ...panel(x, asPanel(MALB), w2, [lab(x, MALB, 42, w2, { interpretation: interp('A') })]),
  );
  // The office visit three weeks ago: a urine culture and vital signs.
  const wCulture = when(x, visit, 10, 20, 2 * 24 * 60 + 200);
  const noGrowth = cc(SCT, '264868006', 'No growth', 'No growth at 48 hours');
  R.push(
    ...panel(x, asPanel(UCX), wCulture, [
      lab(x, UCX, null, wCulture, { valueCodeableConcept: noGrowth, interpretation: interp('N') }),
    ]),
  );
  const vitalsAt = c.at(visit, 10, 25);
  R.push(
    bloodPressure(x, vitalsAt, 138, 84),
    vital(x, vitalsAt, ['8867-4', 'Heart rate', 'Heart rate'], qty(76, 'beats/minute', '/min')),
    vital(x, vitalsAt, ['29463-7', 'Body weight', 'Weight'], qty(84.4, 'kg')),
    vital(x, vitalsAt, ['8302-2', 'Body height', 'Height'], qty(164, 'cm')),
    vital(x, vitalsAt, ['39156-5', 'Body mass index (BMI) [Ratio]', 'BMI'], qty(31.4, 'kg/m2')),
    bloodPressure(x, c.at(c.wd(-400), 15, 10), 142, 88),
  );
  // Fasting labs drawn three days ago, before next week's visit: not released yet.
  const w4 = when(x, c.wd(-3), 7, 50, 460);
  out.unsharedLabs.push(
    ...panel(x, P_BMP, w4, [
      lab(x, GLU, 131, w4),
      lab(x, BUN, 17, w4),
      lab(x, CREAT_F, 0.94, w4),
      lab(x, NA, 139, w4),
      lab(x, K, 4.9, w4),
      lab(x, CL, 103, w4),
      lab(x, CO2, 26, w4),
    ]),
    lab(x, A1C, 6.9, w4),
  );

  const dm = (): J => sct('44054006', 'Diabetes mellitus type 2', 'Diabetes follow-up');
  const shah = { doctor: 'shah' } as const;
  R.push(
    appointment(
      x,
      [c.wd(6), 9, 30],
      'booked',
      'Diabetes and blood pressure follow-up; review of fasting labs',
      [dm()],
      {
        ...shah,
        created: -20,
      },
    ),
    appointment(
      x,
      [c.wd(34), 14, 15],
      'booked',
      'Nurse blood pressure check',
      [sct('59621000', 'Essential hypertension', 'Blood pressure check')],
      {
        type: 'ROUTINE',
        typeText: 'Nurse visit',
        service: 'Nurse visit',
        minutes: 15,
        created: -20,
      },
    ),
    appointment(
      x,
      [c.wd(90), 8, 45],
      'pending',
      'Annual wellness visit',
      [sct('185349003', 'Encounter for check up', 'Annual wellness visit')],
      {
        ...shah,
        type: 'CHECKUP',
        minutes: 40,
        created: -2,
      },
    ),
    appointment(
      x,
      [visit, 10, 15],
      'fulfilled',
      'Diabetes follow-up',
      [dm(), sct('49650001', 'Dysuria', 'Burning with urination')],
      {
        ...shah,
        minutes: 30,
        created: -62,
      },
    ),
    appointment(x, [c.wd(-120), 11, 0], 'cancelled', 'Diabetes follow-up; review of lab results', [dm()], shah),
    appointment(x, [c.wd(-300), 15, 40], 'noshow', 'Diabetes follow-up', [dm()], shah),
  );

  out.chartNotes.push(
    chartNote(x, PROGRESS_NOTE, [visit, 10, 15], 30, 'Office visit — diabetes follow-up', [
      'CHART NOTE — Office visit, diabetes follow-up',
      `Patient: Sue Miller, ${ageOn(x.p.birthDate, c.date(visit))}-year-old woman. DOB ${x.p.birthDate}.`,
      'Seen by Priya Shah, MD, Riverside Family Medicine – Main Street Clinic.',
      '',
      'S: Diabetes and blood pressure follow-up. Takes metformin twice a day with meals; no low blood sugars since',
      'glipizide was stopped. Home BP mostly 130s/80s. Three days of mild burning with urination, no fever, no flank',
      'pain. Right knee better with physical therapy; has stopped ibuprofen.',
      'O: BP 138/84, HR 76, weight 84.4 kg, BMI 31.4. Abdomen benign, no CVA tenderness. Feet: monofilament intact.',
      'Urine dipstick: trace leukocyte esterase, nitrite negative.',
      'A/P:',
      '1. Type 2 diabetes, improving (HbA1c 9.6% a year ago, 7.6% four months ago). Continue metformin 1,000 mg twice',
      '   a day. Urine albumin/creatinine 42 mg/g: continue lisinopril. Fasting BMP and HbA1c before the next visit.',
      '2. Hypertension above goal (<130/80). Continue lisinopril 20 mg and amlodipine 5 mg. Nurse BP check in a month.',
      '3. Dysuria: urine culture sent; no antibiotic for now (penicillin and sulfa allergies).',
      '4. Hyperlipidemia: triglycerides down from 1,040 to 188 mg/dL on atorvastatin 40 mg. Continue.',
      '5. Health maintenance: declined hepatitis B vaccine today. ECG: sinus rhythm, no acute change.',
      'Follow-up in about four weeks.',
    ]),
    chartNote(
      x,
      ['34748-4', 'Telephone encounter Note'],
      [c.wd(d1 + 1), 12, 10],
      10,
      'Telephone call — critical lab result',
      [
        'CHART NOTE — Telephone encounter',
        'Called Sue Miller about yesterday’s labs: triglycerides 1,040 mg/dL (critical), HbA1c 9.6%, HDL 34 mg/dL.',
        'She has no abdominal pain, nausea or vomiting. Reviewed the warning signs of pancreatitis; she will go to',
        'the emergency department for severe belly pain.',
        'Plan: start atorvastatin 40 mg every evening; add glipizide 5 mg with breakfast to metformin. No alcohol;',
        'low-fat, low-sugar diet. Referral to diabetes education. Repeat lipids and HbA1c in 3 to 4 months.',
        'Patient verbalized understanding.',
      ],
    ),
    {
      resourceType: 'DiagnosticReport',
      id: nid(x, 'note'),
      status: 'final',
      category: [NOTE_CATEGORY(), cc(LOINC, 'LP29708-2', 'Cardiology')],
      code: cc(LOINC, '11524-6', 'EKG study', 'ECG interpretation'),
      subject: subj(x),
      effectiveDateTime: c.at(visit, 10, 45),
      issued: c.instant(visit, 10, 45, 95),
      performer: [who('shah')],
      resultsInterpreter: [who('shah')],
      conclusion:
        'CHART NOTE — ECG interpretation: normal sinus rhythm, rate 74. Normal axis and intervals. ' +
        'No acute ST or T-wave changes. Unchanged from prior tracing.',
    },
  );
  awkwardCases(x, out);
}

/**
 * What real records hold and a renderer easily gets wrong, in Sue's record, shaped as the HL7 R4 examples and real
 * servers write them: a scoped "no known food allergy" beside her drug allergies, a differential diagnosis with its
 * onset as an age, a reported medication that refers to a Medication, a prescription with structured dosage and no
 * text, a dose that did not count, an appointment asked for but not yet given a time, a reactive screen, and a lab
 * report whose results carry no category.
 */
function awkwardCases(x: Ctx, out: Out): void {
  const c = x.c;
  const R = out.resources;
  const medicationId = nid(x, 'medication');
  const labDay = c.wd(-75);
  const urine = (code: string, display: string, text: string, value: J): FhirJson => ({
    resourceType: 'Observation',
    id: nid(x, 'lab'),
    status: 'final',
    // No category: the laboratory keeps urinalysis under its report only.
    code: cc(LOINC, code, display, text),
    subject: subj(x),
    effectiveDateTime: c.at(labDay, 9, 10),
    issued: c.instant(labDay, 9, 10, 240),
    ...value,
  });
  const urinalysis = [
    urine('5811-5', 'Specific gravity of Urine by Test strip', 'Urine specific gravity', {
      valueQuantity: qty(1.018, '{SG}', '{SG}'),
      referenceRange: [{ low: qty(1.005, '{SG}', '{SG}'), high: qty(1.03, '{SG}', '{SG}') }],
    }),
    urine('5792-7', 'Glucose [Mass/volume] in Urine by Test strip', 'Urine glucose', {
      valueCodeableConcept: sct('260385009', 'Negative'),
      interpretation: [cc(`${TERM}v3-ObservationInterpretation`, 'N', 'Normal')],
    }),
    urine('5804-0', 'Protein [Mass/volume] in Urine by Test strip', 'Urine protein', {
      valueQuantity: qty(30, 'mg/dL'),
      interpretation: [{ text: 'HIGH' }],
      referenceRange: [{ high: qty(14, 'mg/dL'), text: 'Negative (under 15 mg/dL)' }],
    }),
  ];
  R.push(
    {
      resourceType: 'AllergyIntolerance',
      id: nid(x, 'allergy'),
      clinicalStatus: cc(`${TERM}allergyintolerance-clinical`, 'active', 'Active'),
      verificationStatus: cc(`${TERM}allergyintolerance-verification`, 'confirmed', 'Confirmed'),
      code: sct('429625007', 'No known food allergy (situation)', 'NKFA'),
      patient: subj(x),
      recordedDate: c.date(-1500),
    },
    {
      resourceType: 'Condition',
      id: nid(x, 'condition'),
      clinicalStatus: cc(`${TERM}condition-clinical`, 'active', 'Active'),
      verificationStatus: cc(`${TERM}condition-ver-status`, 'differential', 'Differential'),
      category: [cc(`${TERM}condition-category`, 'problem-list-item', 'Problem List Item')],
      code: sct('69896004', 'Rheumatoid arthritis', 'Rheumatoid arthritis'),
      subject: subj(x),
      onsetAge: { value: 61, unit: 'years', system: UCUM, code: 'a' },
      recordedDate: c.date(-75),
    },
    {
      resourceType: 'Medication',
      id: medicationId,
      code: cc(RXN, '198440', 'Acetaminophen 500 MG Oral Tablet', 'Acetaminophen 500 mg tablet'),
    },
    {
      resourceType: 'MedicationStatement',
      id: nid(x, 'statement'),
      status: 'active',
      medicationReference: ref(`Medication/${medicationId}`),
      subject: subj(x),
      effectivePeriod: { start: c.date(-400) },
      dateAsserted: c.date(-75),
      informationSource: subj(x),
      dosage: [
        {
          timing: { repeat: { frequency: 2, period: 1, periodUnit: 'd', when: ['PC'] } },
          asNeededCodeableConcept: sct('57676002', 'Joint pain', 'Joint pain'),
          route: sct('26643006', 'Oral route'),
          doseAndRate: [
            { doseQuantity: { value: 1, unit: 'tablet', system: `${TERM}v3-orderableDrugForm`, code: 'TAB' } },
          ],
        },
      ],
    },
    {
      resourceType: 'MedicationRequest',
      id: nid(x, 'prescription'),
      status: 'active',
      intent: 'order',
      medicationCodeableConcept: cc(RXN, '197380', 'Atenolol 25 MG Oral Tablet', 'Atenolol 25 mg tablet'),
      subject: subj(x),
      authoredOn: c.date(-60),
      requester: who('shah'),
      dosageInstruction: [
        {
          sequence: 1,
          timing: { repeat: { frequency: 1, period: 1, periodUnit: 'd', when: ['MORN'] } },
          route: sct('26643006', 'Oral route'),
          additionalInstruction: [sct('311504000', 'With or after food', 'With or after food')],
          doseAndRate: [
            { doseQuantity: { value: 1, unit: 'tablet', system: `${TERM}v3-orderableDrugForm`, code: 'TAB' } },
          ],
        },
      ],
      dispenseRequest: { numberOfRepeatsAllowed: 5 },
    },
    {
      resourceType: 'Immunization',
      id: nid(x, 'immunization'),
      status: 'completed',
      vaccineCode: cc(
        'http://hl7.org/fhir/sid/cvx',
        '187',
        'zoster vaccine recombinant',
        'Shingles vaccine (Shingrix)',
      ),
      patient: subj(x),
      occurrenceDateTime: c.at(c.wd(-200), 10, 15),
      lotNumber: 'SH7781C',
      route: cc(`${TERM}v3-RouteOfAdministration`, 'IM', 'Injection, intramuscular'),
      site: cc(`${TERM}v3-ActSite`, 'LA', 'left arm'),
      doseQuantity: qty(0.25, 'mL'),
      isSubpotent: true,
      subpotentReason: [cc(`${TERM}immunization-subpotent-reason`, 'partial', 'Partial Dose')],
      protocolApplied: [{ series: 'Shingrix 2-dose series', doseNumberPositiveInt: 2, seriesDosesPositiveInt: 2 }],
    },
    {
      resourceType: 'Appointment',
      id: nid(x, 'appointment'),
      status: 'proposed',
      serviceType: [cc(`${TERM}service-type`, '164', 'Rheumatology', 'Rheumatology consultation')],
      reasonCode: [sct('69896004', 'Rheumatoid arthritis', 'Joint pain: possible rheumatoid arthritis')],
      requestedPeriod: [{ start: c.date(20), end: c.date(50) }],
      participant: [{ actor: subj(x), status: 'needs-action' }],
    },
    {
      resourceType: 'Observation',
      id: nid(x, 'lab'),
      status: 'final',
      category: [cc(`${TERM}observation-category`, 'laboratory', 'Laboratory')],
      code: cc(LOINC, '20449-5', 'Borrelia burgdorferi Ab [Presence] in Serum', 'Lyme disease antibody screen'),
      subject: subj(x),
      effectiveDateTime: c.at(labDay, 9, 10),
      issued: c.instant(labDay, 9, 10, 1440),
      valueCodeableConcept: sct('11214006', 'Reactive', 'Reactive'),
      interpretation: [cc(`${TERM}v3-ObservationInterpretation`, 'RR', 'Reactive')],
    },
    ...urinalysis,
    {
      resourceType: 'DiagnosticReport',
      id: nid(x, 'report'),
      status: 'final',
      category: [cc(`${TERM}v2-0074`, 'LAB', 'Laboratory')],
      code: cc(LOINC, '24356-8', 'Urinalysis complete panel - Urine', 'Urinalysis'),
      subject: subj(x),
      effectiveDateTime: c.at(labDay, 9, 10),
      issued: c.instant(labDay, 9, 10, 240),
      result: urinalysis.map((result) => ref(`Observation/${result.id}`)),
    },
  );
}

/** Marcus Reed: a modest record, no known allergies. */
function phoneOnlyRecord(x: Ctx, out: Out): void {
  const c = x.c;
  const R = out.resources;
  const gerd = condition(x, {
    sct: ['235595009', 'Gastroesophageal reflux disease'],
    icd: ['K21.9', 'Gastro-esophageal reflux disease without esophagitis'],
    text: 'Acid reflux (GERD)',
    onset: -1500,
  });
  const back = condition(x, {
    sct: ['278860009', 'Chronic low back pain'],
    icd: ['M54.50', 'Low back pain, unspecified'],
    text: 'Chronic low back pain',
    onset: -900,
    recorded: -880,
  });
  const apnea = condition(x, {
    sct: ['78275009', 'Obstructive sleep apnea syndrome'],
    icd: ['G47.33', 'Obstructive sleep apnea (adult) (pediatric)'],
    text: 'Obstructive sleep apnea',
    onset: -700,
    recorded: -690,
  });
  R.push(gerd, back, apnea);
  const pantoprazoleDose = 'Take 1 tablet by mouth once a day, 30 minutes before breakfast.';
  R.push(
    medRequest(x, med(MED.pantoprazole40, 'Pantoprazole 40 mg delayed-release tablet'), -45, pantoprazoleDose, gerd, {
      repeats: 1,
    }),
    medRequest(
      x,
      med(MED.cyclobenzaprine10, 'Cyclobenzaprine 10 mg tablet'),
      -140,
      'Take 1 tablet by mouth at bedtime as needed for muscle spasm, for up to 2 weeks. May cause drowsiness.',
      back,
      { status: 'completed', prn: true, qty: [14, 'tablet', '{tbl}'], supply: 14, repeats: 0 },
    ),
    medStatement(
      x,
      med(MED.acetaminophen500, 'Acetaminophen 500 mg tablet (Tylenol)'),
      [-880],
      '2 tablets by mouth every 8 hours as needed.',
      {
        prn: true,
        reason: back,
      },
    ),
  );
  const [fluNow, fluBefore] = [c.fall(0), c.fall(1)];
  R.push(
    immunization(x, VAX.flu, 'Flu vaccine', fluNow, {
      at: [17, 5],
      maker: 'Seqirus',
      lot: 'AU2174A',
      elsewhere: 'Main Street Pharmacy',
    }),
    immunization(x, VAX.flu, 'Flu vaccine', fluBefore, { at: [16, 30], maker: SANOFI, lot: 'UT7802KA' }),
    immunization(x, VAX.tdap, 'Tdap (tetanus, diphtheria, whooping cough)', c.wd(-2650), {
      maker: SANOFI,
      lot: 'C5581AA',
      site: 'RD',
      series: 'Tetanus booster every 10 years',
    }),
    allergy(x, { code: sct('716186003', 'No known allergy', 'No known allergies'), recorded: -1500 }),
    procedure(x, {
      code: sct('60554003', 'Polysomnography', 'Overnight sleep study'),
      status: 'completed',
      from: [c.wd(-700), 21, 30],
      to: [c.wd(-700) + 1, 5, 45],
      by: { display: 'Dr. Samuel Greene' },
      where: { display: 'Riverside Sleep Center' },
      reason: apnea,
    }),
    carePlan(x, {
      title: 'Low back pain plan',
      description: 'Stay active and strengthen the core to keep back pain from coming back.',
      start: -140,
      addresses: [back, apnea],
      activities: [
        activity('in-progress', 'Core-strengthening and stretching exercises, 15 minutes every day.', {
          code: sct('229065009', 'Exercise therapy', 'Home exercise program'),
        }),
        activity('in-progress', 'Use the CPAP machine every night; better sleep helps pain.'),
        activity('completed', 'Two-week course of a muscle relaxant at bedtime.'),
      ],
    }),
  );
  const w = when(x, c.wd(-48), 8, 5, 420);
  R.push(
    ...panel(x, P_LIPID, w, [lab(x, CHOL, 214, w), lab(x, TRIG, 162, w), lab(x, HDL_M, 41, w), lab(x, LDL, 141, w)]),
    lab(x, GLU, 104, w),
    lab(x, A1C, 5.9, w),
  );
  const visit = c.wd(-45);
  const backPain = (): J => sct('278860009', 'Chronic low back pain', 'Back pain follow-up');
  R.push(
    appointment(x, [c.wd(13), 15, 30], 'booked', 'Back pain and reflux follow-up', [backPain()], {
      doctor: 'shah',
      created: -45,
    }),
    appointment(x, [visit, 11, 0], 'fulfilled', 'Back pain and sleep apnea follow-up', [backPain()], {
      doctor: 'shah',
    }),
  );
  out.chartNotes.push(
    chartNote(x, PROGRESS_NOTE, [visit, 11, 0], 25, 'Office visit — follow-up', [
      'CHART NOTE — Office visit',
      `Patient: Marcus Reed, ${ageOn(x.p.birthDate, c.date(visit))}-year-old man.`,
      'S: Low back pain better with home exercises; finished the cyclobenzaprine course. Uses CPAP most nights, less',
      'daytime sleepiness. Heartburn controlled on pantoprazole.',
      'O: BP 128/82. BMI 30.1. Mild lumbar paraspinal tenderness; straight-leg raise negative both sides.',
      'A/P: 1. Chronic low back pain: continue core program; acetaminophen as needed. 2. OSA: continue CPAP.',
      '3. GERD: continue pantoprazole 40 mg; consider a taper in 3 months. 4. Fasting labs: LDL 141 mg/dL, HbA1c 5.9%',
      '(prediabetes). Diet and exercise counseling; recheck in 6 months.',
    ]),
  );
}

/**
 * Ana García: a modest record, texts in Spanish where the clinic writes them; each such resource says so
 * (`language: es`), and her chart note, dictated in English, does not.
 */
function spanishRecord(x: Ctx, out: Out): void {
  const c = x.c;
  const R = out.resources;
  const before = R.length;
  const asthma = condition(x, {
    sct: ['195967001', 'Asthma'],
    icd: ['J45.20', 'Mild intermittent asthma, uncomplicated'],
    text: 'Asma intermitente leve',
    onset: -9000,
    recorded: -2000,
  });
  const anemia = condition(x, {
    sct: ['87522002', 'Iron deficiency anemia'],
    icd: ['D50.9', 'Iron deficiency anemia, unspecified'],
    text: 'Anemia por deficiencia de hierro',
    onset: -62,
    recorded: -60,
  });
  const rhinitis = condition(x, {
    sct: ['61582004', 'Allergic rhinitis'],
    icd: ['J30.9', 'Allergic rhinitis, unspecified'],
    text: 'Rinitis alérgica',
    onsetString: 'Desde la adolescencia',
    recorded: -2000,
  });
  R.push(asthma, anemia, rhinitis);
  R.push(
    medRequest(
      x,
      med(MED.albuterol, 'Albuterol (salbutamol) inhalador, 90 mcg por disparo'),
      -60,
      'Inhalar 2 disparos cada 4 a 6 horas si tiene silbidos en el pecho o falta de aire.',
      asthma,
      {
        prn: true,
        patientInstruction: 'Use el inhalador con la cámara espaciadora.',
        route: sct('447694001', 'Respiratory tract route'),
        qty: [1, 'inhaler', '{inhaler}'],
        supply: 30,
        repeats: 2,
      },
    ),
    medRequest(
      x,
      med(MED.ferrousSulfate, 'Sulfato ferroso 325 mg, tableta'),
      -60,
      'Tomar 1 tableta por la boca una vez al día, con jugo de naranja y sin leche.',
      anemia,
      { repeats: 0 },
    ),
  );
  const covid = {
    maker: PFIZER,
    mL: 0.3,
    series: 'Serie primaria de COVID-19',
    elsewhere: 'Centro de vacunación del condado',
  };
  R.push(
    immunization(x, VAX.flu, 'Vacuna contra la influenza (gripe)', c.fall(0), {
      at: [16, 40],
      maker: SANOFI,
      lot: 'UT8391LA',
    }),
    immunization(x, VAX.tdap, 'Vacuna Tdap (tétanos, difteria y tos ferina)', c.wd(-1150), {
      maker: GSK,
      lot: '7G9C3',
      site: 'RD',
      series: 'Refuerzo contra el tétanos cada 10 años',
    }),
    immunization(x, VAX.covid, 'Vacuna contra el COVID-19 (Pfizer-BioNTech)', c.wd(-1780), {
      ...covid,
      lot: 'FF2589',
      dose: [1, 2],
    }),
    immunization(x, VAX.covid, 'Vacuna contra el COVID-19 (Pfizer-BioNTech)', c.wd(-1759), {
      ...covid,
      lot: 'EW0198',
      dose: [2, 2],
    }),
    allergy(x, {
      code: cc(RXN, '1191', 'aspirin', 'Aspirina'),
      type: 'allergy',
      cat: 'medication',
      crit: 'high',
      onset: -3100,
      recorded: -2000,
      reactions: [[[sct('4386001', 'Bronchospasm', 'Broncoespasmo (crisis de asma)')], 'moderate']],
    }),
    procedure(x, {
      code: sct('127783003', 'Spirometry', 'Espirometría'),
      status: 'completed',
      at: [c.wd(-200), 16, 20],
      by: 'ruiz',
      where: 'clinic',
      reason: asthma,
    }),
    carePlan(x, {
      title: 'Plan de acción para el asma',
      description: 'Mantener el asma bajo control y evitar las crisis.',
      code: sct('699728000', 'Asthma self management', 'Automanejo del asma'),
      start: -200,
      addresses: [asthma],
      activities: [
        activity(
          'in-progress',
          'Usar el albuterol solo cuando tenga síntomas; si lo necesita más de 2 veces por semana, llame.',
        ),
        activity('in-progress', 'Evitar el humo de tabaco, el polvo, la aspirina y el ibuprofeno.'),
        activity('completed', 'Revisión de la técnica del inhalador con la cámara espaciadora.'),
      ],
    }),
  );
  const w = when(x, c.wd(-62), 8, 30, 300);
  R.push(
    ...panel(x, P_CBC, w, [
      lab(x, { ...WBC, text: 'Leucocitos' }, 6.2, w),
      lab(x, { ...HGB_F, text: 'Hemoglobina' }, 10.9, w),
      lab(x, { ...HCT_F, text: 'Hematocrito' }, 33.4, w),
      lab(x, { ...MCV, text: 'Volumen corpuscular medio (VCM)' }, 76, w),
    ]),
    lab(x, { ...FERRITIN, text: 'Ferritina' }, 8, w),
  );
  const visit = c.wd(-60);
  const es = { doctor: 'ruiz', service: 'Medicina general' } as const;
  const consult = { ...es, type: 'ROUTINE', typeText: 'Consulta' } as const;
  const asma = (): J => sct('195967001', 'Asthma', 'Asma');
  R.push(
    appointment(
      x,
      [c.wd(20), 16, 0],
      'booked',
      'Control de anemia y asma',
      [sct('87522002', 'Iron deficiency anemia', 'Anemia'), asma()],
      {
        ...es,
        typeText: 'Cita de seguimiento',
        created: -60,
      },
    ),
    appointment(x, [visit, 16, 30], 'fulfilled', 'Consulta por cansancio', [sct('84229001', 'Fatigue', 'Cansancio')], {
      ...consult,
      minutes: 30,
    }),
    appointment(x, [c.wd(-200), 16, 0], 'fulfilled', 'Control de asma y espirometría', [asma()], {
      ...consult,
      minutes: 40,
    }),
  );
  for (const resource of R.slice(before)) resource['language'] = 'es';
  out.chartNotes.push(
    chartNote(x, PROGRESS_NOTE, [visit, 16, 30], 30, 'Office visit — fatigue', [
      'CHART NOTE — Office visit (conducted in Spanish)',
      `Patient: Ana García, ${ageOn(x.p.birthDate, c.date(visit))}-year-old woman.`,
      'S: Two months of tiredness; heavy menstrual periods. Asthma: albuterol about once a week, no night symptoms.',
      'O: Lungs clear. Conjunctival pallor. Labs from 2 days ago: Hgb 10.9 g/dL, MCV 76 fL, ferritin 8 ng/mL.',
      'A/P: 1. Iron deficiency anemia, likely from heavy menses: ferrous sulfate 325 mg daily; recheck CBC in 8 to',
      '12 weeks; gynecology referral if periods stay heavy. 2. Mild intermittent asthma, well controlled: continue',
      'albuterol as needed; action plan reviewed. 3. Aspirin-exacerbated bronchospasm: avoid aspirin and NSAIDs.',
    ]),
  );
}

/** Walter Brooks: a small record. */
function expiredRecord(x: Ctx, out: Out): void {
  const c = x.c;
  const afib = condition(x, {
    sct: ['49436004', 'Atrial fibrillation'],
    icd: ['I48.91', 'Unspecified atrial fibrillation'],
    text: 'Atrial fibrillation',
    onset: -1800,
    recorded: -1795,
  });
  const copd = condition(x, {
    sct: ['13645005', 'Chronic obstructive lung disease'],
    icd: ['J44.9', 'Chronic obstructive pulmonary disease, unspecified'],
    text: 'COPD',
    onset: -3400,
  });
  const w = when(x, c.wd(-152), 8, 15, 360);
  out.resources.push(
    afib,
    copd,
    medRequest(
      x,
      med(MED.apixaban5, 'Apixaban 5 mg tablet (Eliquis)'),
      -150,
      'Take 1 tablet by mouth twice a day.',
      afib,
      {
        qty: [180, 'tablet', '{tbl}'],
      },
    ),
    medRequest(
      x,
      med(MED.metoprololEr25, 'Metoprolol succinate ER 25 mg tablet'),
      -150,
      `${DAILY} Do not crush or chew.`,
      afib,
    ),
    immunization(x, VAX.fluHighDose, 'Flu vaccine, high dose', c.fall(1), {
      at: [10, 30],
      maker: SANOFI,
      lot: 'UT7719HA',
    }),
    immunization(x, VAX.ppsv23, 'Pneumococcal vaccine (Pneumovax 23)', c.wd(-2950), {
      maker: 'Merck and Co., Inc.',
      lot: 'W011483',
      site: 'RD',
    }),
    allergy(x, {
      code: cc(RXN, '29046', 'lisinopril', 'Lisinopril'),
      type: 'intolerance',
      cat: 'medication',
      crit: 'low',
      onset: -2300,
      recorded: -2280,
      reactions: [[[sct('49727002', 'Cough', 'Dry cough')], 'mild', -2300]],
    }),
    lab(x, CREAT_M, 1.21, w),
    lab(x, HGB_M, 13.0, w),
    lab(x, K, 4.4, w),
    appointment(
      x,
      [c.wd(-150), 10, 0],
      'fulfilled',
      'Atrial fibrillation and COPD follow-up',
      [sct('49436004', 'Atrial fibrillation', 'Atrial fibrillation follow-up')],
      { doctor: 'okafor', minutes: 30 },
    ),
  );
}

// ---------------------------------------------------------------------------------------------------------------
// Harold Whitaker: twenty years of labs

/** mulberry32: a tiny seeded PRNG. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/**
 * Lab Observations made in bulk. The parts every result of an analyte shares (category, code, subject, performer,
 * reference range, interpretation) are built once and frozen, which keeps thousands of results cheap to build.
 */
function bulkLabs(x: Ctx) {
  const category = frozen([cc(OBS_CAT, 'laboratory', 'Laboratory')]);
  const subject = frozen(subj(x));
  const performer = frozen([who('lab')]);
  const flags: Record<string, J[]> = {};
  for (const f of Object.keys(INTERP)) flags[f] = frozen(interp(f));
  const parts = new Map<Analyte, { code: J; range: J[] | undefined }>();
  return (a: Analyte, value: number, w: When): FhirJson => {
    let shared = parts.get(a);
    if (!shared) {
      shared = frozen({ code: { coding: [coding(LOINC, a.code, a.display)], text: a.text }, range: refRange(a) });
      parts.set(a, shared);
    }
    const v = round(value, a.dec);
    return {
      resourceType: 'Observation',
      id: nid(x, 'lab'),
      status: 'final',
      category,
      code: shared.code,
      subject,
      effectiveDateTime: w.eff,
      issued: w.issued,
      performer,
      valueQuantity: { value: v, unit: a.unit, system: UCUM, code: a.ucum },
      interpretation: flags[flagOf(a, v)],
      referenceRange: shared.range,
    };
  };
}

const BMP = 0;
const CBC = 1;
const LIPID = 2;
const HBA1C = 3;
const THYROID = 4;
const LARGE_PANELS: readonly Panel[] = [P_BMP, P_CBC, P_LIPID, asPanel(A1C), asPanel(TSH)];
/** The three newest draws, fixed so that exactly 50 labs (19 + 13 + 18) stay unshared. */
const NEWEST_DRAWS: readonly (readonly number[])[] = [
  [BMP, CBC, LIPID, HBA1C, THYROID],
  [BMP, CBC],
  [BMP, CBC, LIPID, HBA1C],
];

/** About 6,000 results over twenty years: a draw every 6 to 14 days, each with one or more panels. */
function largeLabs(x: Ctx, out: Out): void {
  const rng = mulberry32(hash(x.pid));
  const norm = (mean: number, sd: number): number =>
    mean + sd * Math.sqrt(-2 * Math.log(1 - rng())) * Math.cos(2 * Math.PI * rng());
  const lab = bulkLabs(x);
  let count = 0;
  let day = -3;
  for (let n = 0; day > -7305 || count < 5300; n++) {
    const d = x.c.wd(day);
    /** 0 twenty years ago, 1 today: his kidney function and hemoglobin slowly decline. */
    const t = 1 + d / 7305;
    const w = when(x, d, 7 + Math.floor(rng() * 4), 5 * Math.floor(rng() * 12), 240 + Math.floor(rng() * 960));
    // Rarely, a bad day: one critical value.
    const spike = rng() < 0.012 ? Math.floor(rng() * 4) : -1;
    let panels = NEWEST_DRAWS[n];
    if (!panels) {
      const chosen: number[] = [];
      if (rng() < 0.7) chosen.push(BMP);
      if (rng() < 0.28) chosen.push(CBC);
      if (rng() < 0.08) chosen.push(LIPID);
      if (rng() < 0.1) chosen.push(HBA1C);
      if (rng() < 0.05) chosen.push(THYROID);
      panels = chosen.length ? chosen : [BMP];
    }
    const target = n < NEWEST_DRAWS.length ? out.unsharedLabs : out.resources;
    for (const p of panels) {
      let obs: FhirJson[];
      if (p === BMP) {
        const cr = Math.max(0.6, norm(0.95 + 0.5 * t, 0.08));
        obs = [
          lab(GLU, spike === 0 ? 38 + rng() * 8 : Math.max(60, norm(97, 11)), w),
          lab(BUN, Math.max(6, norm(6 + 11 * cr, 3)), w),
          lab(CREAT_M, cr, w),
          lab(NA, spike === 1 ? 116 + rng() * 3 : norm(139, 2.2), w),
          lab(K, spike === 2 ? 6.3 + rng() * 0.5 : norm(4.3 + 0.3 * t, 0.3), w),
          lab(CL, norm(104, 2.2), w),
          lab(CO2, norm(26 - 2 * t, 1.8), w),
        ];
      } else if (p === CBC) {
        const hgb = spike === 3 ? 6.5 + rng() * 0.4 : norm(14.6 - 1.6 * t, 0.6);
        const mcv = norm(91, 2.5);
        const hct = hgb * 2.98 + norm(0, 0.7);
        obs = [
          lab(WBC, Math.max(2.5, norm(6.6, 1.3)), w),
          lab(RBC_M, (hct / mcv) * 10, w),
          lab(HGB_M, hgb, w),
          lab(HCT_M, hct, w),
          lab(MCV, mcv, w),
          lab(PLT, Math.max(60, norm(228, 40)), w),
        ];
      } else if (p === LIPID) {
        const tc = norm(178 - 12 * t, 18);
        const tg = Math.max(45, norm(130, 35));
        const hdl = norm(47, 6);
        obs = [lab(CHOL, tc, w), lab(TRIG, tg, w), lab(HDL_M, hdl, w), lab(LDL, tc - hdl - tg / 5, w)];
      } else if (p === HBA1C) {
        obs = [lab(A1C, norm(5.4 + 0.2 * t, 0.2), w)];
      } else {
        obs = [lab(TSH, Math.max(0.1, norm(2.1, 0.7)), w)];
      }
      target.push(...obs, report(x, LARGE_PANELS[p] ?? P_BMP, w, obs));
      count += obs.length;
    }
    day = d - 6 - Math.floor(rng() * 9);
  }
}

function largeRecord(x: Ctx, out: Out): void {
  const c = x.c;
  const hypertension = condition(x, {
    sct: ['59621000', 'Essential hypertension'],
    icd: ['I10', 'Essential (primary) hypertension'],
    text: 'High blood pressure (hypertension)',
    onset: -9500,
    recorded: -7300,
  });
  const ckd = condition(x, {
    sct: ['433144002', 'Chronic kidney disease stage 3'],
    icd: ['N18.31', 'Chronic kidney disease, stage 3a'],
    text: 'Chronic kidney disease, stage 3a',
    onset: -2200,
    recorded: -2190,
  });
  const bph = condition(x, {
    sct: ['266569009', 'Benign prostatic hyperplasia'],
    icd: ['N40.1', 'Benign prostatic hyperplasia with lower urinary tract symptoms'],
    text: 'Enlarged prostate (BPH)',
    onset: -5500,
    recorded: -5480,
  });
  const tamsulosinDose = 'Take 1 capsule by mouth once a day, 30 minutes after the same meal each day.';
  out.resources.push(
    hypertension,
    ckd,
    bph,
    medRequest(x, med(MED.lisinopril10, 'Lisinopril 10 mg tablet'), -90, DAILY, ckd),
    medRequest(x, med(MED.amlodipine5, 'Amlodipine 5 mg tablet'), -90, DAILY, hypertension),
    medRequest(x, med(MED.atorvastatin20, 'Atorvastatin 20 mg tablet'), -90, 'Take 1 tablet by mouth every evening.'),
    medRequest(x, med(MED.tamsulosin, 'Tamsulosin 0.4 mg capsule'), -90, tamsulosinDose, bph, {
      qty: [90, 'capsule', '{capsule}'],
    }),
    immunization(x, VAX.fluHighDose, 'Flu vaccine, high dose', c.fall(0), {
      at: [9, 20],
      maker: SANOFI,
      lot: 'UT8412JA',
    }),
    immunization(x, VAX.pcv20, 'Pneumococcal vaccine (Prevnar 20)', c.wd(-1100), {
      maker: PFIZER,
      lot: 'GL9316',
      site: 'RD',
    }),
    immunization(x, VAX.zoster, 'Shingles vaccine (Shingrix)', c.wd(-1830), {
      maker: GSK,
      lot: 'F4K52',
      series: 'Shingrix 2-dose series',
      dose: [2, 2],
    }),
  );
  largeLabs(x, out);
}

// ---------------------------------------------------------------------------------------------------------------

/** Builds the record of a seeded patient, with dates relative to `now` (the mock clock at reset), deterministic:
 *  the same `now` gives the same record. */
export function buildRecord(patient: SeedPatient, now: Date): PatientRecord {
  const x: Ctx = { p: patient, pid: patient.id, c: makeClock(now), seq: {} };
  const record: PatientRecord = { patient: patientResource(patient), resources: [], unsharedLabs: [], chartNotes: [] };
  switch (patient.record) {
    case 'full':
      fullRecord(x, record);
      break;
    case 'phone-only':
      phoneOnlyRecord(x, record);
      break;
    case 'spanish':
      spanishRecord(x, record);
      break;
    case 'expired':
      expiredRecord(x, record);
      break;
    case 'large':
      largeRecord(x, record);
      break;
    case 'empty':
      break;
  }
  return record;
}
