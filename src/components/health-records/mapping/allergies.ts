/**
 * Allergies and intolerances.
 */
import type { AllergyIntolerance, CodeableConcept } from '../../../api/fhir/schemas.js';
import { collator, compact, conceptText, firstCode, hasCode, present, sortBy, unreliable } from './datatypes.js';

export interface ReactionView {
  manifestations: string[];
  /** `mild`, `moderate` or `severe`. */
  severity?: string;
}

export interface AllergyView {
  /** The language the record's words are written in (`Resource.language`, BCP 47), when it says. */
  language?: string;
  id: string;
  substance: string;
  /**
   * What a "no known allergy" statement covers, when this is one: `all` (no known allergies), `drug`, `food`,
   * `environment`, `latex`, `insect` or `animal`. Such a statement is never a blanket one beside real allergies.
   */
  noKnown?: NoKnownScope;
  /** `allergy` or `intolerance`, when the record says. */
  type?: string;
  /** `food`, `medication`, `environment`, `biologic`. */
  categories: string[];
  reactions: ReactionView[];
  /** `low`, `high` or `unable-to-assess`. */
  criticality?: string;
  /** `active`, `inactive` or `resolved`. */
  clinicalStatus?: string;
  /** `unconfirmed`, `presumed` or `confirmed` (refuted and entered-in-error are never shown). */
  verificationStatus?: string;
  /** Whether the record says it is not confirmed (unconfirmed, or presumed). */
  unconfirmed: boolean;
}

/** The scopes a "no known allergy" statement can have. */
export const noKnownScopes = ['all', 'drug', 'food', 'environment', 'latex', 'insect', 'animal'] as const;
export type NoKnownScope = (typeof noKnownScopes)[number];

const snomed = 'http://snomed.info/sct';
/** SNOMED CT situations "no known … allergy", each with its scope (160244002 is an older "no known allergies"). */
const noKnownCodes = new Map<string, NoKnownScope>([
  ['716186003', 'all'],
  ['160244002', 'all'],
  ['409137002', 'drug'],
  ['429625007', 'food'],
  ['428607008', 'environment'],
  ['716184000', 'latex'],
  ['1003774007', 'latex'],
  ['428197003', 'insect'],
  ['716220001', 'animal'],
]);
/** The same statements written as words, as some systems send them: "NKDA", "No known drug allergies". */
const noKnownAbbreviations = new Map<string, NoKnownScope>([
  ['nka', 'all'],
  ['nkda', 'drug'],
  ['nkma', 'drug'],
  ['nkfa', 'food'],
  ['nkla', 'latex'],
]);
const noKnownWords =
  /^no\s+known\s+(?:(drug|medication|food|latex|environmental|insect|animal)\s+)?(?:allerg(?:y|ies)|intolerances?)\b/i;
const scopeOfWord: Record<string, NoKnownScope> = {
  drug: 'drug',
  medication: 'drug',
  food: 'food',
  latex: 'latex',
  environmental: 'environment',
  insect: 'insect',
  animal: 'animal',
};

/** The scope of a "no known allergy" statement, or `undefined` for a real allergy. */
const noKnownScope = (code: CodeableConcept | undefined): NoKnownScope | undefined => {
  for (const coding of code?.coding ?? []) {
    if (coding.system === snomed && coding.code !== undefined) {
      const scope = noKnownCodes.get(coding.code);
      if (scope) return scope;
    }
  }
  const text = present(code?.text) ?? code?.coding?.map((coding) => present(coding.display)).find(Boolean);
  if (!text) return undefined;
  const abbreviation = noKnownAbbreviations.get(text.replace(/[.\s]/g, '').toLowerCase());
  if (abbreviation) return abbreviation;
  const words = noKnownWords.exec(text);
  if (!words) return undefined;
  return words[1] ? scopeOfWord[words[1].toLowerCase()] : 'all';
};

/** The categories of real allergies that a scoped statement would contradict. */
const contradicts: Record<NoKnownScope, (allergy: AllergyView) => boolean> = {
  all: () => true,
  drug: (allergy) => allergy.categories.includes('medication') || allergy.categories.includes('biologic'),
  food: (allergy) => allergy.categories.includes('food'),
  environment: (allergy) => allergy.categories.includes('environment'),
  latex: (allergy) => /latex/i.test(allergy.substance),
  insect: (allergy) => /\b(?:insect|bee|wasp|hornet|ant)s?\b/i.test(allergy.substance),
  animal: (allergy) => /\b(?:animal|cat|dog|horse)s?\b|dander/i.test(allergy.substance),
};

const unconfirmedStatuses = ['unconfirmed', 'presumed', 'provisional'];
const criticalityOrder: Record<string, number> = { high: 0, 'unable-to-assess': 1, low: 2 };

/**
 * Allergies and intolerances. Real ones first: active before inactive, high criticality first among them, then by
 * substance; then the "no known …" statements, each with its scope, and only those that no real allergy on record
 * contradicts (a "no known allergies" beside a real allergy, or "no known drug allergies" beside a drug allergy, is
 * out of date). Refuted and entered-in-error records are never shown.
 */
export function toAllergies(allergies: AllergyIntolerance[]): AllergyView[] {
  const views = allergies
    .filter((allergy) => !hasCode(allergy.verificationStatus, unreliable))
    .map((allergy): AllergyView => {
      const verificationStatus = firstCode(allergy.verificationStatus);
      return compact({
        id: allergy.id ?? '',
        language: present(allergy.language),
        substance: conceptText(allergy.code) ?? '',
        noKnown: noKnownScope(allergy.code),
        type: present(allergy.type),
        categories: (allergy.category ?? []).map((category) => category.trim()),
        reactions: (allergy.reaction ?? []).map((reaction) =>
          compact({
            manifestations: reaction.manifestation.flatMap((manifestation) => conceptText(manifestation) ?? []),
            severity: present(reaction.severity),
          }),
        ),
        criticality: present(allergy.criticality),
        clinicalStatus: firstCode(allergy.clinicalStatus),
        verificationStatus,
        unconfirmed: verificationStatus !== undefined && unconfirmedStatuses.includes(verificationStatus),
      });
    });
  const real = views.filter((view) => view.noKnown === undefined);
  const activeReal = real.filter((view) => view.clinicalStatus !== 'inactive' && view.clinicalStatus !== 'resolved');
  const kept = views.flatMap((view) => {
    const scope = view.noKnown;
    return scope && !activeReal.some(contradicts[scope]) ? [{ view, scope }] : [];
  });
  // "No known allergies" already says "no known drug allergies": a scoped statement beside it says nothing more.
  const blanket = kept.some(({ scope }) => scope === 'all');
  const statements = kept.filter(({ scope }, index) =>
    blanket ? scope === 'all' && kept.findIndex((other) => other.scope === 'all') === index : true,
  );
  const sortedReal = sortBy(
    real,
    (view) => ({
      critical: criticalityOrder[view.criticality ?? ''] ?? 3,
      active: view.clinicalStatus === undefined || view.clinicalStatus === 'active',
      name: view.substance,
    }),
    (a, b) => Number(b.active) - Number(a.active) || a.critical - b.critical || collator.compare(a.name, b.name),
  );
  const sortedStatements = sortBy(
    statements,
    ({ scope }) => noKnownScopes.indexOf(scope),
    (a, b) => a - b,
  ).map(({ view }) => view);
  return [...sortedReal, ...sortedStatements];
}
