import type { Catalogs } from '../../internal/localize.js';
import { agreeing, genderless, lookup, type Noun, plural, unitsOf } from '../../internal/words.js';

export { agreeing, lookup, type Noun, unitsOf };

const enCount = plural('en');

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
const unitEn = unitsOf(timeUnitsEn, enCount);

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

export const recordsMessages: Catalogs<typeof en> = {
  name: 'pf-health-records',
  en,
  es: () => import('./health-records.messages.es.js').then((module) => module.es),
};
