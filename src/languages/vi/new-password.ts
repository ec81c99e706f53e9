// The Vietnamese words of new-password.ts, in the Vietnamese language pack.
import type { newPasswordMessages } from '../../internal/new-password.js';

export const words: (typeof newPasswordMessages)['en'] = {
  rulesHeading: 'Mật khẩu của quý vị cần có:',
  ruleLength: (count: number) => `Ít nhất ${count} ký tự`,
  ruleUppercase: 'Một chữ cái VIẾT HOA',
  ruleNumberOrSymbol: 'Một chữ số hoặc một ký hiệu',
  ruleMet: 'đã đạt',
  ruleNotMet: 'chưa đạt',
  rulesProgress: (met: number, total: number) =>
    met === total ? 'Mật khẩu đã đạt tất cả các quy tắc.' : `Mật khẩu đã đạt ${met} trên ${total} quy tắc.`,
  passwordRules: 'Mật khẩu chưa đạt tất cả các quy tắc trong danh sách.',
  passwordLong: (count: number) => `Mật khẩu chỉ được có tối đa ${count} ký tự.`,
  retypeRequired: 'Vui lòng nhập lại mật khẩu.',
  mismatch: 'Hai mật khẩu không khớp nhau.',
};
