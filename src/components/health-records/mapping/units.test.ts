import { expect } from '@open-wc/testing';
import { quantityText, unitForPeople, unitOfQuantity, valueForPeople } from './units.js';

describe('units and values for people', () => {
  it('writes UCUM units as people read them', () => {
    const cases: [string, string][] = [
      ['10*3/uL', '10³/µL'],
      ['10*6/uL', '10⁶/µL'],
      ['10*9/L', '10⁹/L'],
      ['m2', 'm²'],
      ['kg/m2', 'kg/m²'],
      ['ug/dL', 'µg/dL'],
      ['umol/L', 'µmol/L'],
      ['u[IU]/mL', 'µIU/mL'],
      ['[IU]/L', 'IU/L'],
      ['mm[Hg]', 'mmHg'],
      ['/[HPF]', '/HPF'],
      ['%{HemoglobinA1C}', '%'],
      ['{cells}/uL', 'cells/µL'],
      ['mL/min/{1.73_m2}', 'mL/min/1.73 m²'],
      ['{ratio}', ''],
      ['Cel', '°C'],
      ['mg/dL', 'mg/dL'],
    ];
    for (const [ucum, people] of cases) expect(unitForPeople(ucum), ucum).to.equal(people);
  });

  it('keeps a unit written for people, and makes a UCUM one readable, from the unit or the code', () => {
    expect(unitOfQuantity({ value: 1, unit: 'mg/dL', code: 'mg/dL' })).to.equal('mg/dL');
    expect(unitOfQuantity({ value: 1, unit: 'thousand per microliter', code: '10*3/uL' })).to.equal(
      'thousand per microliter',
    );
    expect(unitOfQuantity({ value: 1, unit: '10*3/uL', code: '10*3/uL' })).to.equal('10³/µL');
    expect(unitOfQuantity({ value: 1, unit: '10^3/µL' })).to.equal('10³/µL');
    expect(unitOfQuantity({ value: 1, system: 'http://unitsofmeasure.org', code: 'm2' })).to.equal('m²');
    expect(unitOfQuantity({ value: 1, code: '{score}' })).to.equal(undefined);
  });

  it('keeps the precision a result needs, no more', () => {
    expect(valueForPeople(5.338218608238325)).to.equal('5.338');
    expect(valueForPeople(0.000123456)).to.equal('0.0001235');
    expect(valueForPeople(1234.56789)).to.equal('1235');
    expect(valueForPeople(1234.56789, 1)).to.equal('1234.6');
    expect(valueForPeople(7.25)).to.equal('7.25');
    expect(valueForPeople(140)).to.equal('140');
    expect(valueForPeople(0.1234)).to.equal('0.1234');
    expect(quantityText({ value: 5.338218608238325, comparator: '<', unit: 'mmol/L' })).to.equal('< 5.338 mmol/L');
  });
});
