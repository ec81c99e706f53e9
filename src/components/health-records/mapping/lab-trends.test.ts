import { expect } from '@open-wc/testing';
import { ObservationSchema } from '../../../api/fhir/schemas.js';
import { laboratory, loinc } from '../../../../test/helpers/fhir.js';
import { toLabResults } from './lab-results.js';
import { historySearch, toLabTrend } from './lab-trends.js';

/** A lab result as servers send them: coded, dated, with a quantity and, when given, a range and a flag. */
const result = (
  id: string,
  date: string,
  value: number,
  options: { unit?: string; code?: string; text?: string; range?: [number, number]; flag?: string } = {},
) =>
  ObservationSchema.parse({
    resourceType: 'Observation',
    id,
    status: 'final',
    category: laboratory,
    code: options.code
      ? { coding: [{ system: loinc, code: options.code, display: options.text ?? 'Glucose' }] }
      : { text: options.text ?? 'Glucose' },
    effectiveDateTime: date,
    valueQuantity: { value, unit: options.unit ?? 'mg/dL' },
    ...(options.range
      ? {
          referenceRange: [
            { low: { value: options.range[0], unit: 'mg/dL' }, high: { value: options.range[1], unit: 'mg/dL' } },
          ],
        }
      : {}),
    ...(options.flag
      ? {
          interpretation: [
            {
              coding: [
                { system: 'http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation', code: options.flag },
              ],
            },
          ],
        }
      : {}),
  });

describe('toLabTrend', () => {
  it("draws a test's numbers oldest first, with the newest range as its band and the results out of range marked", () => {
    const results = toLabResults(
      [
        result('new', '2024-06-01', 130, { code: '2345-7', range: [70, 100] }),
        result('other-test', '2024-05-01', 5, { code: '2823-3', text: 'Potassium' }),
        result('mid', '2024-03-01', 95, { code: '2345-7', range: [70, 99] }),
        // Above its range, with no flag from the laboratory: out all the same.
        result('old', '2023-01-01', 120, { code: '2345-7', range: [70, 99] }),
      ],
      [],
    );
    const trend = toLabTrend(results, results[0]!);
    expect(trend.results.map((item) => item.id)).to.deep.equal(['new', 'mid', 'old']);
    expect(trend.points.map((point) => [point.result.id, point.value, point.out])).to.deep.equal([
      ['old', 120, true],
      ['mid', 95, false],
      ['new', 130, true],
    ]);
    expect(trend.band).to.deep.equal({ low: 70, high: 100 });
    expect(trend.unit).to.equal('mg/dL');
    expect(historySearch(results[0]!)).to.deep.equal({ code: `${loinc}|2345-7` });
  });

  it('keeps values in another unit, and values with a comparator, in the table only', () => {
    const results = toLabResults(
      [
        result('mg', '2024-06-01', 100, { code: '2345-7' }),
        result('mmol', '2024-05-01', 5.5, { code: '2345-7', unit: 'mmol/L' }),
        ObservationSchema.parse({
          resourceType: 'Observation',
          id: 'less-than',
          status: 'final',
          category: laboratory,
          code: { coding: [{ system: loinc, code: '2345-7', display: 'Glucose' }] },
          effectiveDateTime: '2024-04-01',
          valueQuantity: { value: 40, comparator: '<', unit: 'mg/dL' },
        }),
      ],
      [],
    );
    const trend = toLabTrend(results, results[0]!);
    expect(trend.results).to.have.length(3);
    expect(trend.points.map((point) => point.result.id)).to.deep.equal(['mg']);
    expect(trend.otherUnits).to.equal(1);
  });

  it('finds a test without a code by its name, and asks the server by name', () => {
    const results = toLabResults(
      [
        result('a', '2024-06-01', 3, { text: 'Home glucose' }),
        result('b', '2024-05-01', 4, { text: 'HOME GLUCOSE ' }),
        result('c', '2024-05-01', 4, { text: 'Glucose' }),
      ],
      [],
    );
    const trend = toLabTrend(results, results[0]!);
    expect(trend.results.map((item) => item.id)).to.deep.equal(['a', 'b']);
    expect(historySearch(results[0]!)).to.deep.equal({ 'code:text': 'Home glucose' });
  });

  it('follows one part of a result with parts, through the result it is part of', () => {
    const panel = (id: string, date: string, systolic: number) =>
      ObservationSchema.parse({
        resourceType: 'Observation',
        id,
        status: 'final',
        category: laboratory,
        code: { coding: [{ system: loinc, code: '85354-9', display: 'Blood pressure panel' }] },
        effectiveDateTime: date,
        component: [
          {
            code: { coding: [{ system: loinc, code: '8480-6', display: 'Systolic' }] },
            valueQuantity: { value: systolic, unit: 'mmHg' },
          },
          {
            code: { coding: [{ system: loinc, code: '8462-4', display: 'Diastolic' }] },
            valueQuantity: { value: 80, unit: 'mmHg' },
          },
        ],
      });
    const results = toLabResults([panel('p2', '2024-06-01', 150), panel('p1', '2024-01-01', 120)], []);
    const systolic = results[0]!.components[0]!;
    expect(historySearch(systolic)).to.deep.equal({ code: `${loinc}|85354-9` });
    const trend = toLabTrend(results, systolic);
    expect(trend.points.map((point) => point.value)).to.deep.equal([120, 150]);
  });
});
