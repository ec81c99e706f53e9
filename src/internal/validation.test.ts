import { expect } from '@open-wc/testing';
import {
  formatUsPhone,
  isoDateOfBirthError,
  normalizeSecurityAnswer,
  phoneError,
  securityAnswerError,
  sixDigitsError,
  unmetPasswordRules,
  usernameError,
  usernameKey,
  isWellFormed,
  usPhoneDigits,
} from './validation.js';

const policy = {
  minLength: 8,
  maxLength: 128,
  requireUppercase: true,
  requireNumberOrSymbol: true,
  disallowCommon: true,
  disallowPersonalInfo: true,
};

describe('validation', () => {
  it('checks dates of birth: real days, leap years, not in the future, at most 130 years back', () => {
    const today = '2026-11-24';
    expect(isoDateOfBirthError('1962-03-14', today)).to.equal(undefined);
    expect(isoDateOfBirthError('2024-02-29', today)).to.equal(undefined);
    expect(isoDateOfBirthError('2000-02-29', today)).to.equal(undefined);
    expect(isoDateOfBirthError('2023-02-29', today)).to.equal('date-invalid');
    expect(isoDateOfBirthError('1900-02-29', today)).to.equal('date-invalid');
    expect(isoDateOfBirthError('1962-13-01', today)).to.equal('date-invalid');
    expect(isoDateOfBirthError('1962-04-31', today)).to.equal('date-invalid');
    expect(isoDateOfBirthError('2026-11-24', today)).to.equal(undefined);
    expect(isoDateOfBirthError('2026-11-25', today)).to.equal('date-future');
    expect(isoDateOfBirthError('1896-11-24', today)).to.equal(undefined);
    expect(isoDateOfBirthError('1896-11-23', today)).to.equal('date-too-old');
    expect(isoDateOfBirthError('03/14/1962', today)).to.equal('date-format');
    expect(isoDateOfBirthError('', today)).to.equal('required');
  });

  it('reads PINs and codes with spaces and dashes', () => {
    expect(sixDigitsError('482913')).to.equal(undefined);
    expect(sixDigitsError('482-913')).to.equal(undefined);
    expect(sixDigitsError(' 48 29 13 ')).to.equal(undefined);
    expect(sixDigitsError('48291')).to.equal('six-digits');
    expect(sixDigitsError('48291a')).to.equal('six-digits');
    expect(sixDigitsError('  ')).to.equal('required');
  });

  it('reads US phone numbers as people type them', () => {
    expect(usPhoneDigits('(555) 201-4477')).to.equal('5552014477');
    expect(usPhoneDigits('555.201.4477')).to.equal('5552014477');
    expect(usPhoneDigits('+1 555 201 4477')).to.equal('5552014477');
    expect(usPhoneDigits('155520144')).to.equal(undefined);
    expect(usPhoneDigits('(055) 201-4477')).to.equal(undefined);
    expect(phoneError('')).to.equal('required');
    expect(phoneError('12345')).to.equal('phone');
    expect(formatUsPhone('5552014477')).to.equal('(555) 201-4477');
  });

  it('checks usernames and compares them after NFKC, case-insensitively', () => {
    expect(usernameError('Sue@gmail.com')).to.equal(undefined);
    expect(usernameError('su')).to.equal('too-short');
    expect(usernameError('x'.repeat(65))).to.equal('too-long');
    expect(usernameError('sue miller')).to.equal('username-characters');
    expect(usernameError('josé.núñez')).to.equal(undefined);
    expect(usernameKey('ＳＵＥ@gmail.com')).to.equal(usernameKey('sue@GMAIL.com'));
    expect(usernameKey('straße@example.com')).to.equal(usernameKey('STRASSE@example.com'));
    expect(usernameKey('ﬁona@example.com')).to.equal(usernameKey('Fiona@example.com'));
    expect(usernameKey('josé')).to.equal(usernameKey('jose\u0301'));
  });

  it('tells ill-formed UTF-16 from well-formed text', () => {
    expect(isWellFormed('Blue-Heron-42 é 😀')).to.equal(true);
    expect(isWellFormed('Blue\ud800Heron')).to.equal(false);
    expect(isWellFormed('Blue\udc00')).to.equal(false);
  });

  it('checks security answers trimmed, and compares them case-insensitively', () => {
    expect(securityAnswerError(' ab ')).to.equal('too-short');
    expect(securityAnswerError('abc')).to.equal(undefined);
    expect(securityAnswerError('')).to.equal('required');
    expect(normalizeSecurityAnswer('  Lincoln   Elementary ')).to.equal(normalizeSecurityAnswer('lincoln elementary'));
  });

  it('lists the live password rules not met yet, counting code points', () => {
    expect(unmetPasswordRules('', policy)).to.deep.equal([
      'password-too-short',
      'password-uppercase',
      'password-number-or-symbol',
    ]);
    expect(unmetPasswordRules('abcdefgh', policy)).to.deep.equal(['password-uppercase', 'password-number-or-symbol']);
    expect(unmetPasswordRules('Abcdefgh', policy)).to.deep.equal(['password-number-or-symbol']);
    expect(unmetPasswordRules('Abcdefg!', policy)).to.deep.equal([]);
    expect(unmetPasswordRules('Abcdefg1', policy)).to.deep.equal([]);
    expect(unmetPasswordRules('Ábcdéfg1', policy)).to.deep.equal([]);
    expect(unmetPasswordRules('A1🙂🙂🙂🙂', policy)).to.deep.equal(['password-too-short']);
    expect(unmetPasswordRules(`A1${'x'.repeat(127)}`, policy)).to.deep.equal(['password-too-long']);
    expect(
      unmetPasswordRules('abcdefgh', { ...policy, requireUppercase: false, requireNumberOrSymbol: false }),
    ).to.deep.equal([]);
  });
});
