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
  id: string;
  substance: string;
  /** The record says the patient has no known allergies (a "No known allergy" code). */
  noKnownAllergies: boolean;
  reactions: ReactionView[];
  /** `low`, `high` or `unable-to-assess`. */
  criticality?: string;
  /** `active`, `inactive` or `resolved`. */
  clinicalStatus?: string;
  /** `unconfirmed`, `confirmed`, `refuted`. */
  verificationStatus?: string;
}

const snomed = 'http://snomed.info/sct';
/** No known allergy, drug allergy, environmental allergy, food allergy. */
const noKnownAllergyCodes = ['716186003', '409137002', '428607008', '429625007'];

const saysNoKnownAllergy = (code: CodeableConcept | undefined): boolean =>
  (code?.coding?.some(
    (coding) => coding.system === snomed && coding.code !== undefined && noKnownAllergyCodes.includes(coding.code),
  ) ??
    false) ||
  /^no known/i.test(present(code?.text) ?? '');

/** Allergies and intolerances: active ones first, then by substance. */
export function toAllergies(allergies: AllergyIntolerance[]): AllergyView[] {
  const views = allergies
    .filter((allergy) => !hasCode(allergy.verificationStatus, unreliable))
    .map((allergy): AllergyView =>
      compact({
        id: allergy.id ?? '',
        substance: conceptText(allergy.code) ?? '',
        noKnownAllergies: saysNoKnownAllergy(allergy.code),
        reactions: (allergy.reaction ?? []).map((reaction) =>
          compact({
            manifestations: reaction.manifestation.flatMap((manifestation) => conceptText(manifestation) ?? []),
            severity: present(reaction.severity),
          }),
        ),
        criticality: present(allergy.criticality),
        clinicalStatus: firstCode(allergy.clinicalStatus),
        verificationStatus: firstCode(allergy.verificationStatus),
      }),
    );
  return sortBy(
    views,
    (view) => ({ active: view.clinicalStatus === 'active', name: view.substance }),
    (a, b) => Number(b.active) - Number(a.active) || collator.compare(a.name, b.name),
  );
}
