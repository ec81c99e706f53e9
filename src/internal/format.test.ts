import { expect } from '@open-wc/testing';
import { formatDateInput, formatPhoneInput, localIsoDate, usDateToIso } from './format.js';

describe('format', () => {
  it('adds the slashes of a date as the patient types it', () => {
    expect(['0', '03', '031', '0314', '03141', '03141962'].map(formatDateInput)).to.deep.equal([
      '0',
      '03/',
      '03/1',
      '03/14/',
      '03/14/1',
      '03/14/1962',
    ]);
  });

  it('reads slashes the patient types, and one-digit months and days', () => {
    expect(formatDateInput('3/')).to.equal('03/');
    expect(formatDateInput('3/4/')).to.equal('03/04/');
    expect(formatDateInput('3/4/1962')).to.equal('03/04/1962');
    expect(formatDateInput('03//')).to.equal('03/');
    expect(formatDateInput('03/14//')).to.equal('03/14/');
    expect(formatDateInput('03-14-1962')).to.equal('03/14/1962');
    expect(formatDateInput('031419621999')).to.equal('03/14/1962');
    expect(formatDateInput('')).to.equal('');
  });

  it('turns MM/DD/YYYY into an ISO date, and nothing else', () => {
    expect(usDateToIso('03/14/1962')).to.equal('1962-03-14');
    expect(usDateToIso('3/4/1962')).to.equal('1962-03-04');
    expect(usDateToIso('03/14/62')).to.equal('');
    expect(usDateToIso('1962-03-14')).to.equal('');
  });

  it('shapes a US phone number as it is typed', () => {
    expect(['5', '555', '5552', '555201', '5552014', '5552014477'].map(formatPhoneInput)).to.deep.equal([
      '(5',
      '(555',
      '(555) 2',
      '(555) 201',
      '(555) 201-4',
      '(555) 201-4477',
    ]);
    expect(formatPhoneInput('+1 555 201 4477')).to.equal('(555) 201-4477');
    expect(formatPhoneInput('555-201-44779')).to.equal('(555) 201-4477');
    expect(formatPhoneInput('')).to.equal('');
  });

  it("gives today's date on this device", () => {
    expect(localIsoDate(new Date(2024, 1, 29, 23, 30))).to.equal('2024-02-29');
  });
});
