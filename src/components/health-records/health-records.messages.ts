import { type Catalogs, plural } from '../../internal/localize.js';

const enCount = plural('en');
const esCount = plural('es');

const lookup =
  (words: Record<string, string>) =>
  (code: string): string =>
    words[code] ?? String(code).replace(/-/g, ' ');

/** The gender of the noun a word describes: `m` for masculine (the default), `f` for feminine. */
export type Noun = 'm' | 'f';
/** Words that are the same whatever they describe (English). */
const genderless =
  (words: (code: string) => string) =>
  (code: string, _noun: Noun = 'm'): string =>
    words(code);
/** Words that agree with the noun they describe: the feminine ones where they differ, else the masculine. */
const agreeing =
  (masculine: (code: string) => string, feminine: Record<string, string>) =>
  (code: string, noun: Noun = 'm'): string =>
    (noun === 'f' ? feminine[code] : undefined) ?? masculine(code);

/** The units of time a dosage repeats in (UCUM), singular and plural. */
const timeUnitsEn: Record<string, [string, string]> = {
  s: ['second', 'seconds'],
  min: ['minute', 'minutes'],
  h: ['hour', 'hours'],
  d: ['day', 'days'],
  wk: ['week', 'weeks'],
  mo: ['month', 'months'],
  a: ['year', 'years'],
};
const timeUnitsEs: Record<string, [string, string]> = {
  s: ['segundo', 'segundos'],
  min: ['minuto', 'minutos'],
  h: ['hora', 'horas'],
  d: ['día', 'días'],
  wk: ['semana', 'semanas'],
  mo: ['mes', 'meses'],
  a: ['año', 'años'],
};
/** A unit of time in a language's words, by that language's plural rules. */
const unitsOf =
  (units: Record<string, [string, string]>, count: ReturnType<typeof plural>) =>
  (unit: string, value: number): string => {
    const [one, many] = units[unit] ?? [unit, unit];
    return count(value, one, many);
  };
const unitEn = unitsOf(timeUnitsEn, enCount);
const unitEs = unitsOf(timeUnitsEs, esCount);

/** "twice a day", "every 8 hours", "1 to 2 times every 4 to 6 hours". */
const frequencyEn = (
  times: number,
  timesMax: number | undefined,
  every: number,
  everyMax: number | undefined,
  unit: string,
) => {
  const count = timesMax
    ? `${times} to ${timesMax} times`
    : times === 1
      ? 'once'
      : times === 2
        ? 'twice'
        : `${times} times`;
  if (every === 1 && !everyMax) return `${count} ${unit === 'h' ? 'an' : 'a'} ${unitEn(unit, 1)}`;
  const span = everyMax
    ? `${every} to ${everyMax} ${unitEn(unit, 2)}`
    : every === 2 && unit === 'd'
      ? 'other day'
      : `${every} ${unitEn(unit, every)}`;
  return times === 1 && !timesMax ? `every ${span}` : `${count} every ${span}`;
};

/** "dos veces al día", "cada 8 horas", "de 1 a 2 veces cada 4 a 6 horas". */
const frequencyEs = (
  times: number,
  timesMax: number | undefined,
  every: number,
  everyMax: number | undefined,
  unit: string,
) => {
  const count = timesMax
    ? `de ${times} a ${timesMax} veces`
    : times === 1
      ? 'una vez'
      : times === 2
        ? 'dos veces'
        : `${times} veces`;
  const per: Record<string, string> = {
    h: 'por hora',
    d: 'al día',
    wk: 'a la semana',
    mo: 'al mes',
    a: 'al año',
    min: 'por minuto',
  };
  if (every === 1 && !everyMax) return `${count} ${per[unit] ?? `cada ${unitEs(unit, 1)}`}`;
  const span = everyMax ? `${every} a ${everyMax} ${unitEs(unit, 2)}` : `${every} ${unitEs(unit, every)}`;
  return times === 1 && !timesMax ? `cada ${span}` : `${count} cada ${span}`;
};

const en = {
  heading: 'Your health records',
  patient: (name: string) => `Health records of ${name}`,
  signOut: 'Sign out',
  signingOut: 'Signing out…',
  signedOut: 'You are signed out. Sign in again to see your health records.',
  sectionsLabel: 'Sections of your health records',
  overview: 'Overview',
  overviewError: (section: string) => `Your ${section.toLowerCase()} could not be loaded just now.`,
  allSections: 'Your records',
  backToAll: 'All your records',
  seeSection: lookup({
    'lab-results': 'See all lab results',
    appointments: 'See all appointments',
    allergies: 'See all allergies',
  }),
  latestResults: (name: string, day: string | undefined, out: number, count: number) =>
    `Latest: ${name}${day ? `, ${day}` : ''}. ${
      out
        ? `${out.toLocaleString('en')} of ${count.toLocaleString('en')} ${enCount(count, 'result is', 'results are')} outside the normal range.`
        : enCount(
            count,
            'Its result is within the normal range.',
            `All ${count.toLocaleString('en')} results are within the normal range.`,
          )
    }`,
  loading: 'Loading…',
  loadError: (section: string) => `We could not load your ${section.toLowerCase()}.`,
  loadAllError: 'We could not load your health records. Check your connection, then try again.',
  loadWait: (time: string, minutes: number) =>
    `Please try again at ${time} (in ${minutes} ${enCount(minutes, 'minute', 'minutes')}).`,
  skipped: (count: number) =>
    enCount(
      count,
      'One record could not be read and is not shown. Your care team can see it.',
      `${count} records could not be read and are not shown. Your care team can see them.`,
    ),
  unnamed: 'Not named in the record',
  // Section names and their empty states.
  diagnoses: 'Diagnoses',
  medications: 'Medications',
  immunizations: 'Immunizations',
  allergies: 'Allergies',
  procedures: 'Procedures',
  'care-plans': 'Care plans',
  'lab-results': 'Lab results',
  appointments: 'Appointments',
  emptyDiagnoses: 'No diagnoses on record. Health problems your care team records will appear here.',
  emptyMedications:
    'No medications on record. Medicines your care team prescribes or records will appear here; tell them about any you take.',
  emptyImmunizations:
    'No immunizations on record. Vaccines your practice gives or records will appear here; bring the record of one you had elsewhere to your next visit.',
  emptyAllergies:
    'No allergies on record. Allergies your care team records will appear here; if you have one, tell them at your next visit.',
  emptyProcedures: 'No procedures on record. Procedures and surgeries your care team records will appear here.',
  emptyCarePlans: 'No care plans on record. Plans your care team makes with you will appear here.',
  emptyLabResults: 'No lab results on record. Results appear here after your care team shares them.',
  emptyAppointments: 'No appointments on record. Your visits will appear here; to book one, call your practice.',
  // Field labels.
  status: 'Status',
  since: 'Since',
  began: 'Began',
  atAge: (age: string) => `at ${age} of age`,
  fromAge: (age: string) => `from ${age} of age`,
  beforeAge: (age: string) => `before ${age} of age`,
  possible: 'Possible, not confirmed',
  recorded: 'Recorded',
  resolved: 'Resolved',
  instructions: 'How to take it',
  prescriber: 'Prescribed by',
  reportedBy: 'Reported by',
  prescribed: 'Prescribed',
  taken: 'Taken since',
  takenBetween: 'Taken',
  started: 'Started',
  stopped: 'Stopped',
  reportedOn: 'Reported',
  refills: 'Refills',
  doNotTake: 'Do not take',
  route: 'Route',
  site: 'Where',
  method: 'How',
  takeFor: 'Take it for',
  also: 'Also',
  doseRange: (low: string, high: string) => `${low} to ${high}`,
  frequency: frequencyEn,
  whenWord: lookup({
    MORN: 'in the morning',
    'MORN.early': 'early in the morning',
    'MORN.late': 'late in the morning',
    NOON: 'at noon',
    AFT: 'in the afternoon',
    'AFT.early': 'early in the afternoon',
    'AFT.late': 'late in the afternoon',
    EVE: 'in the evening',
    'EVE.early': 'early in the evening',
    'EVE.late': 'late in the evening',
    NIGHT: 'at night',
    PHS: 'after sleep',
    HS: 'at bedtime',
    WAKE: 'on waking',
    C: 'with meals',
    CM: 'with breakfast',
    CD: 'with lunch',
    CV: 'with dinner',
    AC: 'before meals',
    ACM: 'before breakfast',
    ACD: 'before lunch',
    ACV: 'before dinner',
    PC: 'after meals',
    PCM: 'after breakfast',
    PCD: 'after lunch',
    PCV: 'after dinner',
  }),
  atTimes: (times: string) => `at ${times}`,
  onDays: (days: string) => `on ${days}`,
  asNeeded: 'as needed',
  forDuration: (duration: string) => `for ${duration}`,
  untilDate: (date: string) => `until ${date}`,
  timesInAll: (count: number) => enCount(count, 'once only', `${count} times in all`),
  reported: 'Reported medication',
  date: 'Date',
  lot: 'Lot',
  notGiven: 'Not given',
  didNotCount: 'This dose did not count',
  inSeries: 'In the series',
  doseOf: (dose: string, of: string) => `Dose ${dose} of ${of}`,
  doseNumber: (dose: string) => `Dose ${dose}`,
  amount: 'Amount',
  reason: 'Reason',
  reactions: 'Reactions',
  criticality: 'Risk',
  noKnown: lookup({
    all: 'No known allergies',
    drug: 'No known drug allergies',
    food: 'No known food allergies',
    environment: 'No known environmental allergies',
    latex: 'No known latex allergy',
    insect: 'No known insect allergies',
    animal: 'No known animal allergies',
  }),
  notConfirmed: 'Not confirmed',
  highRisk: 'High risk',
  allergyType: lookup({ allergy: 'Allergy', intolerance: 'Intolerance' }),
  kind: 'Kind',
  period: 'Period',
  activities: 'Activities',
  from: (start: string) => `From ${start}`,
  until: (end: string) => `Until ${end}`,
  between: (start: string, end: string) => `${start} to ${end}`,
  result: 'Result',
  range: 'Normal range',
  rangeLow: (low: string) => `${low} or more`,
  rangeHigh: (high: string) => `${high} or less`,
  rangeFor: (whom: string) => `for ${whom}`,
  agedBetween: (ages: string) => `aged ${ages}`,
  agedFrom: (age: string) => `aged ${age} or more`,
  agedUpTo: (age: string) => `aged up to ${age}`,
  labReportsWithoutResults:
    'Lab reports are on record, but none of their results has been shared with you yet. Your care team can tell you more.',
  noValue: (reason: string) => `No value: ${reason}`,
  panel: 'Part of',
  test: 'Test',
  medicationsNow: 'Taking now',
  medicationsBefore: 'Taken before',
  noCurrentMedications: 'No medication you take now is on record.',
  doses: (count: number) => `${count.toLocaleString('en')} doses`,
  labReport: 'Lab report',
  resultsOfDay: (day: string) => `Results of ${day}`,
  resultsUndated: 'Results without a date',
  performedBy: (names: string) => `By ${names}`,
  criticalHeading: 'Results that need attention',
  criticalGuidance:
    'These results are far outside the normal range. If your care team has not talked with you about them yet, contact them today.',
  moreCritical: (count: number) =>
    `${count.toLocaleString('en')} more ${enCount(count, 'result', 'results')} like these below.`,
  filterLabel: 'Filter by test name',
  filterHint: 'Searches all your results by test name, such as A1c or cholesterol.',
  searching: (term: string) => `Searching all your results for “${term}”…`,
  found: (count: string, one: boolean, term: string) =>
    `${count} ${one ? 'result' : 'results'} for “${term}” in all your results.`,
  notFound: (term: string) => `No results for “${term}” in all your results.`,
  searchFailed: 'Your results could not be searched just now.',
  searchAgain: 'Search again',
  showing: (from: string, to: string, total: string, newestFirst: boolean) =>
    `Results ${from} to ${to} of ${total}${newestFirst ? ', newest first' : ''}.`,
  orMore: (count: string) => `${count} or more`,
  readToSort: (count: number) =>
    `This server does not sort results by date, so all ${count.toLocaleString('en')} were read to put the newest first.`,
  capped:
    'This server sent more pages than the portal reads at once, so some records may be missing here. Your care team can see them all.',
  filtered: (count: number) => `${count.toLocaleString('en')} results match among those loaded.`,
  newer: 'Newer results',
  older: 'Older results',
  loadingMore: 'Loading older results…',
  allLoaded: 'These are the oldest results.',
  olderFailed: 'Older results could not be loaded just now. Press Older results to try again.',
  trendHint: 'Shows this test over time.',
  trendHeading: (name: string) => `${name} over time`,
  backToResults: 'Back to lab results',
  trendLoading: (name: string) => `Reading every result of ${name}…`,
  trendFailed: 'The history of this test could not be read just now.',
  readAgain: 'Try again',
  reportResultsLoading: 'Loading the rest of these results…',
  reportResultsFailed: 'Some results of your lab reports could not be loaded just now.',
  trendCount: (count: number, capped: boolean) =>
    capped
      ? `The newest ${count.toLocaleString('en')} results, newest first. Your care team can see older ones.`
      : `${count.toLocaleString('en')} ${enCount(count, 'result', 'results')}, newest first.`,
  trendNoChart: 'These results are not numbers on a scale, so there is no chart; each one is in the table.',
  trendSummary: (
    name: string,
    count: number,
    first: string,
    last: string,
    latest: string,
    out: boolean,
    range: string | undefined,
  ) =>
    `Chart of ${name}: ${count.toLocaleString('en')} ${enCount(count, 'value', 'values')}${count > 1 ? ` from ${first} to ${last}` : ` on ${first}`}. The latest is ${latest}, ${out ? 'outside' : 'within'} the normal range${range ? ` (${range})` : ''}. Every value is in the table below.`,
  legendRange: (range: string) => `Normal range: ${range}`,
  legendIn: 'Within range',
  legendOut: 'Outside range',
  trendOtherUnits: (count: number) =>
    `${count.toLocaleString('en')} ${enCount(count, 'result is', 'results are')} in another unit: in the table, not on the chart.`,
  trendTable: (name: string) => `Every result of ${name}, newest first`,
  moreValues: 'Show older values',
  upcoming: 'Upcoming',
  past: 'Past',
  noUpcoming: 'No upcoming appointments.',
  noPast: 'No past appointments.',
  notYetScheduled: 'Not yet scheduled',
  requestedFor: 'Asked for',
  with: 'With',
  where: 'Where',
  visitType: 'Visit',
  count: (count: number) => `${count}`,
  flag: lookup({
    high: 'High',
    low: 'Low',
    'critical-high': 'Critically high',
    'critical-low': 'Critically low',
    abnormal: 'Abnormal',
    critical: 'Critical',
    positive: 'Positive',
    detected: 'Detected',
    reactive: 'Reactive',
    resistant: 'Resistant',
    intermediate: 'Intermediate',
    inconclusive: 'Inconclusive',
    unexpected: 'Unexpected',
    'off-scale-high': 'Above the measurable range',
    'off-scale-low': 'Below the measurable range',
    worse: 'Worse than before',
    better: 'Better than before',
    rising: 'Up since last time',
    falling: 'Down since last time',
    carrier: 'Carrier',
    normal: 'Normal',
  }),
  /** A status in words; `noun` is the gender of what it describes, for the languages whose words agree with it. */
  statusWord: genderless(
    lookup({
      active: 'Active',
      recurrence: 'Came back',
      relapse: 'Came back',
      inactive: 'Inactive',
      remission: 'In remission',
      resolved: 'Resolved',
      completed: 'Completed',
      stopped: 'Stopped',
      'on-hold': 'On hold',
      cancelled: 'Cancelled',
      draft: 'Draft',
      intended: 'Planned',
      'not-taken': 'Not taken',
      'not-done': 'Not done',
      'in-progress': 'In progress',
      preparation: 'Being prepared',
      revoked: 'Withdrawn',
      unknown: 'Unknown',
      registered: 'Ordered',
      preliminary: 'Preliminary',
      final: 'Final',
      amended: 'Amended',
      corrected: 'Corrected',
      proposed: 'Proposed',
      pending: 'Pending',
      booked: 'Booked',
      arrived: 'Arrived',
      fulfilled: 'Attended',
      noshow: 'Missed',
      'checked-in': 'Checked in',
      waitlist: 'Waiting list',
      confirmed: 'Confirmed',
      unconfirmed: 'Not confirmed',
      low: 'Low',
      high: 'High',
      'unable-to-assess': 'Unknown',
      mild: 'Mild',
      moderate: 'Moderate',
      severe: 'Severe',
    }),
  ),
};

const es: typeof en = {
  heading: 'Sus registros de salud',
  patient: (name: string) => `Registros de salud de ${name}`,
  signOut: 'Cerrar sesión',
  signingOut: 'Cerrando sesión…',
  signedOut: 'Cerró la sesión. Inicie sesión de nuevo para ver sus registros de salud.',
  sectionsLabel: 'Secciones de sus registros de salud',
  overview: 'Resumen',
  overviewError: (section: string) => `No pudimos cargar sus ${section.toLowerCase()} en este momento.`,
  allSections: 'Sus registros',
  backToAll: 'Todos sus registros',
  seeSection: lookup({
    'lab-results': 'Ver todos los resultados de laboratorio',
    appointments: 'Ver todas las citas',
    allergies: 'Ver todas las alergias',
  }),
  latestResults: (name: string, day: string | undefined, out: number, count: number) =>
    `Lo más reciente: ${name}${day ? `, ${day}` : ''}. ${
      out
        ? `${out.toLocaleString('es')} de ${count.toLocaleString('es')} ${esCount(count, 'resultado está', 'resultados están')} fuera del rango normal.`
        : esCount(
            count,
            'Su resultado está dentro del rango normal.',
            `Los ${count.toLocaleString('es')} resultados están dentro del rango normal.`,
          )
    }`,
  loading: 'Cargando…',
  loadError: (section: string) => `No pudimos cargar sus ${section.toLowerCase()}.`,
  loadAllError: 'No pudimos cargar sus registros de salud. Revise su conexión e intente de nuevo.',
  loadWait: (time: string, minutes: number) =>
    `Intente de nuevo a las ${time} (en ${minutes} ${esCount(minutes, 'minuto', 'minutos')}).`,
  skipped: (count: number) =>
    esCount(
      count,
      'No se pudo leer un registro y no se muestra. Su equipo de atención sí puede verlo.',
      `No se pudieron leer ${count} registros y no se muestran. Su equipo de atención sí puede verlos.`,
    ),
  unnamed: 'Sin nombre en el registro',
  diagnoses: 'Diagnósticos',
  medications: 'Medicamentos',
  immunizations: 'Vacunas',
  allergies: 'Alergias',
  procedures: 'Procedimientos',
  'care-plans': 'Planes de cuidado',
  'lab-results': 'Resultados de laboratorio',
  appointments: 'Citas',
  emptyDiagnoses:
    'No hay diagnósticos registrados. Aquí aparecerán los problemas de salud que registre su equipo de atención.',
  emptyMedications:
    'No hay medicamentos registrados. Aquí aparecerán los medicamentos que le receten o registren; avise a su equipo de los que toma.',
  emptyImmunizations:
    'No hay vacunas registradas. Aquí aparecerán las vacunas que su consultorio aplique o registre; traiga a su próxima consulta el registro de las que recibió en otro lugar.',
  emptyAllergies:
    'No hay alergias registradas. Aquí aparecerán las alergias que registre su equipo de atención; si tiene alguna, avíseles en su próxima consulta.',
  emptyProcedures:
    'No hay procedimientos registrados. Aquí aparecerán los procedimientos y cirugías que registre su equipo de atención.',
  emptyCarePlans:
    'No hay planes de cuidado registrados. Aquí aparecerán los planes que su equipo de atención haga con usted.',
  emptyLabResults:
    'No hay resultados de laboratorio registrados. Los resultados aparecen aquí cuando su equipo de atención los comparte.',
  emptyAppointments: 'No hay citas registradas. Aquí aparecerán sus consultas; para pedir una, llame a su consultorio.',
  status: 'Estado',
  since: 'Desde',
  began: 'Comenzó',
  atAge: (age: string) => `a los ${age} de edad`,
  fromAge: (age: string) => `desde los ${age} de edad`,
  beforeAge: (age: string) => `antes de los ${age} de edad`,
  possible: 'Posible, sin confirmar',
  recorded: 'Registrado',
  resolved: 'Resuelto',
  instructions: 'Cómo tomarlo',
  prescriber: 'Recetado por',
  reportedBy: 'Informado por',
  prescribed: 'Recetado',
  taken: 'Lo toma desde',
  takenBetween: 'Lo tomó',
  started: 'Comenzó',
  stopped: 'Lo dejó',
  reportedOn: 'Informado',
  refills: 'Resurtidos',
  doNotTake: 'No lo tome',
  route: 'Vía',
  site: 'Dónde',
  method: 'Cómo',
  takeFor: 'Para',
  also: 'Además',
  doseRange: (low: string, high: string) => `de ${low} a ${high}`,
  frequency: frequencyEs,
  whenWord: lookup({
    MORN: 'por la mañana',
    'MORN.early': 'temprano por la mañana',
    'MORN.late': 'a media mañana',
    NOON: 'al mediodía',
    AFT: 'por la tarde',
    'AFT.early': 'a primera hora de la tarde',
    'AFT.late': 'al final de la tarde',
    EVE: 'al anochecer',
    'EVE.early': 'al comenzar la noche',
    'EVE.late': 'tarde por la noche',
    NIGHT: 'por la noche',
    PHS: 'después de dormir',
    HS: 'al acostarse',
    WAKE: 'al despertar',
    C: 'con las comidas',
    CM: 'con el desayuno',
    CD: 'con el almuerzo',
    CV: 'con la cena',
    AC: 'antes de las comidas',
    ACM: 'antes del desayuno',
    ACD: 'antes del almuerzo',
    ACV: 'antes de la cena',
    PC: 'después de las comidas',
    PCM: 'después del desayuno',
    PCD: 'después del almuerzo',
    PCV: 'después de la cena',
  }),
  atTimes: (times: string) => `a las ${times}`,
  onDays: (days: string) => `los ${days}`,
  asNeeded: 'cuando lo necesite',
  forDuration: (duration: string) => `durante ${duration}`,
  untilDate: (date: string) => `hasta el ${date}`,
  timesInAll: (count: number) => esCount(count, 'una sola vez', `${count} veces en total`),
  reported: 'Medicamento informado',
  date: 'Fecha',
  lot: 'Lote',
  notGiven: 'No se aplicó',
  didNotCount: 'Esta dosis no contó',
  inSeries: 'En la serie',
  doseOf: (dose: string, of: string) => `Dosis ${dose} de ${of}`,
  doseNumber: (dose: string) => `Dosis ${dose}`,
  amount: 'Cantidad',
  reason: 'Motivo',
  reactions: 'Reacciones',
  criticality: 'Riesgo',
  noKnown: lookup({
    all: 'Sin alergias conocidas',
    drug: 'Sin alergias conocidas a medicamentos',
    food: 'Sin alergias conocidas a alimentos',
    environment: 'Sin alergias ambientales conocidas',
    latex: 'Sin alergia conocida al látex',
    insect: 'Sin alergias conocidas a insectos',
    animal: 'Sin alergias conocidas a animales',
  }),
  notConfirmed: 'No confirmada',
  highRisk: 'Riesgo alto',
  allergyType: lookup({ allergy: 'Alergia', intolerance: 'Intolerancia' }),
  kind: 'Tipo',
  period: 'Período',
  activities: 'Actividades',
  from: (start: string) => `Desde ${start}`,
  until: (end: string) => `Hasta ${end}`,
  between: (start: string, end: string) => `Del ${start} al ${end}`,
  result: 'Resultado',
  range: 'Rango normal',
  rangeLow: (low: string) => `${low} o más`,
  rangeHigh: (high: string) => `${high} o menos`,
  rangeFor: (whom: string) => `para ${whom}`,
  agedBetween: (ages: string) => `de ${ages}`,
  agedFrom: (age: string) => `de ${age} o más`,
  agedUpTo: (age: string) => `de hasta ${age}`,
  labReportsWithoutResults:
    'Hay informes de laboratorio registrados, pero todavía no se ha compartido con usted ninguno de sus resultados. Su equipo de atención puede darle más información.',
  noValue: (reason: string) => `Sin valor: ${reason}`,
  panel: 'Parte de',
  test: 'Prueba',
  medicationsNow: 'Los que toma ahora',
  medicationsBefore: 'Los que tomó antes',
  noCurrentMedications: 'No hay registrado ningún medicamento que tome ahora.',
  doses: (count: number) => `${count.toLocaleString('es')} dosis`,
  labReport: 'Informe de laboratorio',
  resultsOfDay: (day: string) => `Resultados del ${day}`,
  resultsUndated: 'Resultados sin fecha',
  performedBy: (names: string) => `Por ${names}`,
  criticalHeading: 'Resultados que requieren atención',
  criticalGuidance:
    'Estos resultados están muy fuera del rango normal. Si su equipo de atención todavía no habló con usted sobre ellos, comuníquese hoy mismo.',
  moreCritical: (count: number) =>
    `${count.toLocaleString('es')} ${esCount(count, 'resultado más', 'resultados más')} como estos abajo.`,
  filterLabel: 'Filtrar por nombre de la prueba',
  filterHint: 'Busca en todos sus resultados por nombre de la prueba, como A1c o colesterol.',
  searching: (term: string) => `Buscando “${term}” en todos sus resultados…`,
  found: (count: string, one: boolean, term: string) =>
    `${count} ${one ? 'resultado' : 'resultados'} para “${term}” en todos sus resultados.`,
  notFound: (term: string) => `No hay resultados para “${term}” en todos sus resultados.`,
  searchFailed: 'No se pudieron buscar sus resultados en este momento.',
  searchAgain: 'Buscar de nuevo',
  showing: (from: string, to: string, total: string, newestFirst: boolean) =>
    `Resultados ${from} a ${to} de ${total}${newestFirst ? ', primero los más recientes' : ''}.`,
  orMore: (count: string) => `${count} o más`,
  readToSort: (count: number) =>
    `Este servidor no ordena los resultados por fecha, así que se leyeron los ${count.toLocaleString('es')} para poner primero los más recientes.`,
  capped:
    'Este servidor envió más páginas de las que el portal lee de una vez, así que aquí pueden faltar registros. Su equipo de atención puede verlos todos.',
  filtered: (count: number) => `Coinciden ${count.toLocaleString('es')} resultados entre los cargados.`,
  newer: 'Resultados más recientes',
  older: 'Resultados anteriores',
  loadingMore: 'Cargando resultados anteriores…',
  allLoaded: 'Estos son los resultados más antiguos.',
  olderFailed:
    'No se pudieron cargar los resultados anteriores en este momento. Pulse Resultados anteriores para intentarlo de nuevo.',
  trendHint: 'Muestra esta prueba a lo largo del tiempo.',
  trendHeading: (name: string) => `${name} a lo largo del tiempo`,
  backToResults: 'Volver a los resultados de laboratorio',
  trendLoading: (name: string) => `Leyendo todos los resultados de ${name}…`,
  trendFailed: 'El historial de esta prueba no se pudo leer en este momento.',
  readAgain: 'Intentar de nuevo',
  reportResultsLoading: 'Cargando el resto de estos resultados…',
  reportResultsFailed: 'Algunos resultados de sus informes de laboratorio no se pudieron cargar en este momento.',
  trendCount: (count: number, capped: boolean) =>
    capped
      ? `Los ${count.toLocaleString('es')} resultados más recientes, primero los más nuevos. Su equipo de atención puede ver los anteriores.`
      : `${count.toLocaleString('es')} ${esCount(count, 'resultado', 'resultados')}, primero los más recientes.`,
  trendNoChart: 'Estos resultados no son números en una escala, así que no hay gráfico; cada uno está en la tabla.',
  trendSummary: (
    name: string,
    count: number,
    first: string,
    last: string,
    latest: string,
    out: boolean,
    range: string | undefined,
  ) =>
    `Gráfico de ${name}: ${count.toLocaleString('es')} ${esCount(count, 'valor', 'valores')}${count > 1 ? ` del ${first} al ${last}` : ` el ${first}`}. El último es ${latest}, ${out ? 'fuera del' : 'dentro del'} rango normal${range ? ` (${range})` : ''}. Todos los valores están en la tabla de abajo.`,
  legendRange: (range: string) => `Rango normal: ${range}`,
  legendIn: 'Dentro del rango',
  legendOut: 'Fuera del rango',
  trendOtherUnits: (count: number) =>
    `${count.toLocaleString('es')} ${esCount(count, 'resultado está', 'resultados están')} en otra unidad: en la tabla, no en el gráfico.`,
  trendTable: (name: string) => `Todos los resultados de ${name}, primero los más recientes`,
  moreValues: 'Mostrar valores anteriores',
  upcoming: 'Próximas',
  past: 'Pasadas',
  noUpcoming: 'No hay citas próximas.',
  noPast: 'No hay citas pasadas.',
  notYetScheduled: 'Sin fecha todavía',
  requestedFor: 'Pedida para',
  with: 'Con',
  where: 'Dónde',
  visitType: 'Consulta',
  count: (count: number) => `${count}`,
  flag: lookup({
    high: 'Alto',
    low: 'Bajo',
    'critical-high': 'Críticamente alto',
    'critical-low': 'Críticamente bajo',
    abnormal: 'Anormal',
    critical: 'Crítico',
    positive: 'Positivo',
    detected: 'Detectado',
    reactive: 'Reactivo',
    resistant: 'Resistente',
    intermediate: 'Intermedio',
    inconclusive: 'No concluyente',
    unexpected: 'Inesperado',
    'off-scale-high': 'Por encima del rango medible',
    'off-scale-low': 'Por debajo del rango medible',
    worse: 'Peor que antes',
    better: 'Mejor que antes',
    rising: 'Subió desde la última vez',
    falling: 'Bajó desde la última vez',
    carrier: 'Portador',
    normal: 'Normal',
  }),
  statusWord: agreeing(
    lookup({
      active: 'Activo',
      recurrence: 'Volvió',
      relapse: 'Volvió',
      inactive: 'Inactivo',
      remission: 'En remisión',
      resolved: 'Resuelto',
      completed: 'Completado',
      stopped: 'Suspendido',
      'on-hold': 'En pausa',
      cancelled: 'Cancelado',
      draft: 'Borrador',
      intended: 'Planeado',
      'not-taken': 'No lo toma',
      'not-done': 'No realizado',
      'in-progress': 'En curso',
      preparation: 'En preparación',
      revoked: 'Retirado',
      unknown: 'Desconocido',
      registered: 'Ordenado',
      preliminary: 'Preliminar',
      final: 'Final',
      amended: 'Modificado',
      corrected: 'Corregido',
      proposed: 'Propuesto',
      pending: 'Pendiente',
      booked: 'Programado',
      arrived: 'Llegó',
      fulfilled: 'Asistió',
      noshow: 'No asistió',
      'checked-in': 'Registrado en recepción',
      waitlist: 'Lista de espera',
      confirmed: 'Confirmado',
      unconfirmed: 'Sin confirmar',
      low: 'Bajo',
      high: 'Alto',
      'unable-to-assess': 'Desconocido',
      mild: 'Leve',
      moderate: 'Moderado',
      severe: 'Grave',
    }),
    {
      // Said of a feminine noun: una alergia activa, una cita cancelada, una reacción moderada.
      active: 'Activa',
      inactive: 'Inactiva',
      resolved: 'Resuelta',
      completed: 'Completada',
      stopped: 'Suspendida',
      cancelled: 'Cancelada',
      intended: 'Planeada',
      'not-done': 'No realizada',
      revoked: 'Retirada',
      unknown: 'Desconocida',
      registered: 'Registrada',
      amended: 'Modificada',
      corrected: 'Corregida',
      proposed: 'Propuesta',
      booked: 'Programada',
      'checked-in': 'Registrada en recepción',
      confirmed: 'Confirmada',
      low: 'Baja',
      high: 'Alta',
      'unable-to-assess': 'Desconocida',
      moderate: 'Moderada',
    },
  ),
};

export const recordsMessages: Catalogs<typeof en> = { en, es };
