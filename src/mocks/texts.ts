/** The texts the mock portal writes itself (problem titles and details, messages), in English, Spanish and Vietnamese. */
import type { ProblemCode } from '../api/schemas.js';

export const mockLanguages = ['en', 'es', 'vi'] as const;
export type MockLanguage = (typeof mockLanguages)[number];

/** The first language of an `Accept-Language` header that the mock speaks; English otherwise. */
export const pickLanguage = (header: string | null | undefined): MockLanguage => {
  const ranked = (header ?? '')
    .split(',')
    .map((part) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = Number(
        params
          .find((param) => param.trim().startsWith('q='))
          ?.trim()
          .slice(2) ?? 1,
      );
      return { tag: tag.toLowerCase(), q: Number.isFinite(q) ? q : 0 };
    })
    .filter((entry) => entry.tag && entry.q > 0)
    .sort((a, b) => b.q - a.q);
  for (const { tag } of ranked) {
    const language = mockLanguages.find((candidate) => tag === candidate || tag.startsWith(`${candidate}-`));
    if (language) return language;
  }
  return 'en';
};

export const problemTitles: Record<ProblemCode, Record<MockLanguage, string>> = {
  'invitation-not-found': {
    en: 'This registration link is not valid',
    es: 'Este enlace de registro no es válido',
    vi: 'Đường liên kết đăng ký này không hợp lệ',
  },
  'invitation-used': {
    en: 'This registration link was already used to create an account',
    es: 'Este enlace de registro ya se usó para crear una cuenta',
    vi: 'Đường liên kết đăng ký này đã được dùng để tạo tài khoản',
  },
  'invitation-expired': {
    en: 'This registration link has expired',
    es: 'Este enlace de registro ha vencido',
    vi: 'Đường liên kết đăng ký này đã hết hạn',
  },
  'invitation-revoked': {
    en: 'This registration link no longer works after too many tries',
    es: 'Este enlace de registro ya no funciona después de demasiados intentos',
    vi: 'Đường liên kết đăng ký này không còn dùng được vì đã thử quá nhiều lần',
  },
  'identity-not-verified': {
    en: 'The information entered does not match our records',
    es: 'La información ingresada no coincide con nuestros registros',
    vi: 'Thông tin đã nhập không khớp với hồ sơ của chúng tôi',
  },
  locked: { en: 'Too many attempts', es: 'Demasiados intentos', vi: 'Quá nhiều lần thử' },
  'resend-too-soon': {
    en: 'Please wait before asking for a new code',
    es: 'Espere antes de pedir un código nuevo',
    vi: 'Vui lòng đợi một lát trước khi yêu cầu mã mới',
  },
  'too-many-codes': {
    en: 'Too many codes were requested',
    es: 'Se pidieron demasiados códigos',
    vi: 'Đã yêu cầu quá nhiều mã',
  },
  'code-invalid': { en: 'That code is not correct', es: 'Ese código no es correcto', vi: 'Mã đó không đúng' },
  'code-expired': { en: 'That code has expired', es: 'Ese código ha vencido', vi: 'Mã đó đã hết hạn' },
  'registration-invalid': {
    en: 'Your registration session has ended',
    es: 'Su sesión de registro ha terminado',
    vi: 'Phiên đăng ký của quý vị đã kết thúc',
  },
  'recovery-invalid': {
    en: 'This account recovery has ended; start again',
    es: 'Esta recuperación de cuenta terminó; empiece de nuevo',
    vi: 'Việc khôi phục tài khoản này đã kết thúc; vui lòng bắt đầu lại',
  },
  'answer-incorrect': {
    en: 'That answer does not match the one on record',
    es: 'Esa respuesta no coincide con la registrada',
    vi: 'Câu trả lời đó không khớp với câu trả lời đã lưu',
  },
  'recovery-closed': {
    en: 'Account recovery is closed for this account after too many tries',
    es: 'La recuperación de esta cuenta está cerrada después de demasiados intentos',
    vi: 'Không thể khôi phục tài khoản này nữa vì đã thử quá nhiều lần',
  },
  'validation-failed': {
    en: 'Some information needs attention',
    es: 'Parte de la información necesita corrección',
    vi: 'Một số thông tin cần được sửa lại',
  },
  'invalid-credentials': {
    en: 'The username or password is not correct',
    es: 'El nombre de usuario o la contraseña no son correctos',
    vi: 'Tên người dùng hoặc mật khẩu không đúng',
  },
  unauthorized: { en: 'Please sign in', es: 'Inicie sesión', vi: 'Vui lòng đăng nhập' },
  forbidden: { en: 'Not allowed', es: 'No permitido', vi: 'Không được phép' },
  'not-found': { en: 'Not found', es: 'No se encontró', vi: 'Không tìm thấy' },
  'bad-request': {
    en: 'The request could not be read',
    es: 'No se pudo leer la solicitud',
    vi: 'Không thể đọc được yêu cầu',
  },
  'server-error': {
    en: 'Something went wrong on our side',
    es: 'Algo salió mal de nuestro lado',
    vi: 'Đã xảy ra lỗi từ phía chúng tôi',
  },
};

export const fieldMessages: Record<string, Record<MockLanguage, string>> = {
  required: { en: 'This field is required', es: 'Este campo es obligatorio', vi: 'Mục này là bắt buộc' },
  invalid: { en: 'This value is not valid', es: 'Este valor no es válido', vi: 'Giá trị này không hợp lệ' },
  'six-digits': { en: 'Enter 6 digits', es: 'Ingrese 6 dígitos', vi: 'Vui lòng nhập 6 chữ số' },
  contact: {
    en: 'Enter an email address or a 10-digit US phone number',
    es: 'Ingrese un correo electrónico o un número de teléfono de EE. UU. de 10 dígitos',
    vi: 'Vui lòng nhập địa chỉ email hoặc số điện thoại Hoa Kỳ gồm 10 chữ số',
  },
  phone: {
    en: 'Enter a 10-digit US phone number',
    es: 'Ingrese un número de teléfono de EE. UU. de 10 dígitos',
    vi: 'Vui lòng nhập số điện thoại Hoa Kỳ gồm 10 chữ số',
  },
  'date-format': {
    en: 'Enter the date as YYYY-MM-DD',
    es: 'Ingrese la fecha como AAAA-MM-DD',
    vi: 'Vui lòng nhập ngày theo dạng NNNN-TT-NN (năm-tháng-ngày)',
  },
  'date-invalid': { en: 'This date does not exist', es: 'Esta fecha no existe', vi: 'Ngày này không tồn tại' },
  'date-future': {
    en: 'The date cannot be in the future',
    es: 'La fecha no puede ser futura',
    vi: 'Ngày không được là một ngày trong tương lai',
  },
  'date-too-old': {
    en: 'The date is too far in the past',
    es: 'La fecha es demasiado antigua',
    vi: 'Ngày này đã quá xa trong quá khứ',
  },
  'too-short': { en: 'Too short', es: 'Demasiado corto', vi: 'Quá ngắn' },
  'too-long': { en: 'Too long', es: 'Demasiado largo', vi: 'Quá dài' },
  'username-characters': {
    en: 'Use letters, numbers and . _ @ + - only',
    es: 'Use solo letras, números y . _ @ + -',
    vi: 'Chỉ dùng chữ cái, chữ số và . _ @ + -',
  },
  'username-taken': {
    en: 'This username is already taken',
    es: 'Este nombre de usuario ya está en uso',
    vi: 'Tên người dùng này đã có người sử dụng',
  },
  'password-characters': {
    en: 'The password has a character that cannot be used; type it again',
    es: 'La contraseña tiene un carácter que no se puede usar; escríbala de nuevo',
    vi: 'Mật khẩu có một ký tự không dùng được; vui lòng nhập lại',
  },
  'password-too-short': {
    en: 'The password is too short',
    es: 'La contraseña es demasiado corta',
    vi: 'Mật khẩu quá ngắn',
  },
  'password-too-long': {
    en: 'The password is too long',
    es: 'La contraseña es demasiado larga',
    vi: 'Mật khẩu quá dài',
  },
  'password-uppercase': {
    en: 'The password needs an UPPERCASE letter',
    es: 'La contraseña necesita una letra MAYÚSCULA',
    vi: 'Mật khẩu cần có một chữ IN HOA',
  },
  'password-number-or-symbol': {
    en: 'The password needs a number or a symbol',
    es: 'La contraseña necesita un número o un símbolo',
    vi: 'Mật khẩu cần có một chữ số hoặc một ký hiệu',
  },
  'password-common': {
    en: 'This password is too common; choose another',
    es: 'Esta contraseña es demasiado común; elija otra',
    vi: 'Mật khẩu này quá phổ biến; vui lòng chọn mật khẩu khác',
  },
  'password-context': {
    en: 'The password cannot contain the name of this site or of your doctor’s office',
    es: 'La contraseña no puede contener el nombre de este sitio ni del consultorio de su médico',
    vi: 'Mật khẩu không được chứa tên của trang web này hoặc tên phòng khám của bác sĩ quý vị',
  },
  'password-personal-info': {
    en: 'The password cannot contain your username, name or date of birth',
    es: 'La contraseña no puede contener su nombre de usuario, su nombre ni su fecha de nacimiento',
    vi: 'Mật khẩu không được chứa tên người dùng, họ tên hoặc ngày sinh của quý vị',
  },
  'password-reused': {
    en: 'Choose a password you have not used recently',
    es: 'Elija una contraseña que no haya usado recientemente',
    vi: 'Vui lòng chọn mật khẩu mà quý vị chưa dùng gần đây',
  },
  'terms-not-accepted': {
    en: 'Accept the User Agreement and Privacy Policy',
    es: 'Acepte el Acuerdo de usuario y la Política de privacidad',
    vi: 'Vui lòng chấp nhận Thỏa thuận người dùng và Chính sách quyền riêng tư',
  },
  'unknown-question': {
    en: 'Choose one of the questions',
    es: 'Elija una de las preguntas',
    vi: 'Vui lòng chọn một trong các câu hỏi',
  },
};

/**
 * The messages the mock sends (its outbox): an email in the patient's preferred language (their record's), a code
 * by text or voice in the language the flow that asked for it ran in.
 */
export const messageTexts = {
  en: {
    codeSms: (practice: string, code: string) =>
      `${practice}: your Patient Fusion security code is ${code}. It expires in 10 minutes. Do not share it.`,
    codeVoice: (practice: string, spoken: string) =>
      `This is ${practice}. Your Patient Fusion security code is ${spoken}. Again: ${spoken}.`,
    inviteSubject: (practice: string) => `${practice} invites you to your online health records`,
    inviteBody: (given: string, practice: string, link: string, phone: string) =>
      `Hello ${given},\n\n${practice} has enabled your access to the Patient Fusion patient portal, ` +
      `where you can see your health records online.\n\nCreate your account: ${link}\n\n` +
      `This link works once and expires in 14 days. Questions? Call us at ${phone}.`,
    resetSubject: (practice: string) => `${practice} reset your access to your online health records`,
    resetBody: (given: string, practice: string, phone: string) =>
      `Hello ${given},\n\n${practice} reset your access to the Patient Fusion patient portal. ` +
      `Your old password no longer works, and you were signed out everywhere. A new registration email follows: ` +
      `use it to create your account again.\n\nIf you did not ask for this, call us at ${phone}.`,
    recoveryCodeSubject: (practice: string) => `${practice}: your security code`,
    recoveryCodeEmail: (practice: string, code: string) =>
      `${practice}: someone asked to reset the password of your Patient Fusion account.\n\n` +
      `Your security code is ${code}. It expires in 10 minutes. Do not share it.\n\n` +
      `If you did not ask for this, ignore this message: your password stays as it is.`,
    passwordChangedSubject: (practice: string) => `${practice}: your password was changed`,
    passwordChangedBody: (given: string, practice: string, phone: string) =>
      `Hello ${given},\n\nThe password of your Patient Fusion account at ${practice} was changed, and you were ` +
      `signed out everywhere.\n\nIf you did not do this, call us at once at ${phone}.`,
    passwordChangedSms: (practice: string, phone: string) =>
      `${practice}: your Patient Fusion password was changed. Not you? Call ${phone}.`,
    usernameSubject: (practice: string) => `${practice}: your username`,
    usernameBody: (given: string, practice: string, username: string, phone: string) =>
      `Hello ${given},\n\nYour username for the Patient Fusion patient portal of ${practice} is: ${username}\n\n` +
      `If you did not ask for this, call us at ${phone}.`,
    usernameSms: (practice: string, username: string) =>
      `${practice}: your Patient Fusion username is ${username}. Not you? Ignore this message.`,
    noAccountBody: (given: string, practice: string, phone: string) =>
      `Hello ${given},\n\nSomeone asked for your username at the Patient Fusion patient portal of ${practice}, but ` +
      `you have no account yet. To create one, use the registration email from ${practice}, or call ${phone}.`,
    noAccountSms: (practice: string, phone: string) =>
      `${practice}: you have no Patient Fusion account yet. Call ${phone} for a registration email.`,
  },
  es: {
    codeSms: (practice: string, code: string) =>
      `${practice}: su código de seguridad de Patient Fusion es ${code}. Vence en 10 minutos. No lo comparta.`,
    codeVoice: (practice: string, spoken: string) =>
      `Le llama ${practice}. Su código de seguridad de Patient Fusion es ${spoken}. Repito: ${spoken}.`,
    inviteSubject: (practice: string) => `${practice} le invita a ver sus registros de salud en línea`,
    inviteBody: (given: string, practice: string, link: string, phone: string) =>
      `Hola, ${given}:\n\n${practice} habilitó su acceso al portal para pacientes de Patient Fusion, ` +
      `donde puede ver sus registros de salud en línea.\n\nCree su cuenta: ${link}\n\n` +
      `Este enlace funciona una sola vez y vence en 14 días. ¿Preguntas? Llámenos al ${phone}.`,
    resetSubject: (practice: string) => `${practice} restableció su acceso a sus registros de salud en línea`,
    resetBody: (given: string, practice: string, phone: string) =>
      `Hola, ${given}:\n\n${practice} restableció su acceso al portal para pacientes de Patient Fusion. ` +
      `Su contraseña anterior ya no funciona y se cerraron todas sus sesiones. Recibirá un nuevo correo de registro: ` +
      `úselo para crear su cuenta de nuevo.\n\nSi usted no lo pidió, llámenos al ${phone}.`,
    recoveryCodeSubject: (practice: string) => `${practice}: su código de seguridad`,
    recoveryCodeEmail: (practice: string, code: string) =>
      `${practice}: alguien pidió restablecer la contraseña de su cuenta de Patient Fusion.\n\n` +
      `Su código de seguridad es ${code}. Vence en 10 minutos. No lo comparta.\n\n` +
      `Si usted no lo pidió, ignore este mensaje: su contraseña no cambia.`,
    passwordChangedSubject: (practice: string) => `${practice}: se cambió su contraseña`,
    passwordChangedBody: (given: string, practice: string, phone: string) =>
      `Hola, ${given}:\n\nSe cambió la contraseña de su cuenta de Patient Fusion en ${practice} y se cerraron ` +
      `todas sus sesiones.\n\nSi usted no lo hizo, llámenos de inmediato al ${phone}.`,
    passwordChangedSms: (practice: string, phone: string) =>
      `${practice}: se cambió su contraseña de Patient Fusion. ¿No fue usted? Llame al ${phone}.`,
    usernameSubject: (practice: string) => `${practice}: su nombre de usuario`,
    usernameBody: (given: string, practice: string, username: string, phone: string) =>
      `Hola, ${given}:\n\nSu nombre de usuario del portal para pacientes de Patient Fusion de ${practice} es: ` +
      `${username}\n\nSi usted no lo pidió, llámenos al ${phone}.`,
    usernameSms: (practice: string, username: string) =>
      `${practice}: su nombre de usuario de Patient Fusion es ${username}. ¿No fue usted? Ignore este mensaje.`,
    noAccountBody: (given: string, practice: string, phone: string) =>
      `Hola, ${given}:\n\nAlguien pidió su nombre de usuario del portal para pacientes de Patient Fusion de ` +
      `${practice}, pero todavía no tiene una cuenta. Para crearla, use el correo de registro de ${practice} o ` +
      `llame al ${phone}.`,
    noAccountSms: (practice: string, phone: string) =>
      `${practice}: todavía no tiene una cuenta de Patient Fusion. Llame al ${phone} para recibir un correo de registro.`,
  },
  vi: {
    codeSms: (practice: string, code: string) =>
      `${practice}: mã bảo mật Patient Fusion của quý vị là ${code}. Mã này sẽ hết hạn sau 10 phút. Vui lòng không chia sẻ mã này.`,
    codeVoice: (practice: string, spoken: string) =>
      `Đây là cuộc gọi từ ${practice}. Mã bảo mật Patient Fusion của quý vị là ${spoken}. Xin nhắc lại: ${spoken}.`,
    inviteSubject: (practice: string) => `${practice} mời quý vị xem hồ sơ sức khỏe trực tuyến của mình`,
    inviteBody: (given: string, practice: string, link: string, phone: string) =>
      `Xin chào ${given},\n\n${practice} đã mở quyền truy cập cho quý vị vào cổng thông tin bệnh nhân Patient Fusion, ` +
      `nơi quý vị có thể xem hồ sơ sức khỏe của mình trực tuyến.\n\nTạo tài khoản của quý vị: ${link}\n\n` +
      `Đường liên kết này chỉ dùng được một lần và sẽ hết hạn sau 14 ngày. Nếu có thắc mắc, vui lòng gọi cho ` +
      `chúng tôi theo số ${phone}.`,
    resetSubject: (practice: string) =>
      `${practice} đã đặt lại quyền truy cập của quý vị vào hồ sơ sức khỏe trực tuyến`,
    resetBody: (given: string, practice: string, phone: string) =>
      `Xin chào ${given},\n\n${practice} đã đặt lại quyền truy cập của quý vị vào cổng thông tin bệnh nhân ` +
      `Patient Fusion. Mật khẩu cũ của quý vị không còn dùng được nữa, và quý vị đã được đăng xuất trên mọi thiết bị. ` +
      `Quý vị sẽ nhận được một email đăng ký mới: hãy dùng email đó để tạo lại tài khoản.\n\n` +
      `Nếu quý vị không yêu cầu việc này, vui lòng gọi cho chúng tôi theo số ${phone}.`,
    recoveryCodeSubject: (practice: string) => `${practice}: mã bảo mật của quý vị`,
    recoveryCodeEmail: (practice: string, code: string) =>
      `${practice}: có người đã yêu cầu đặt lại mật khẩu cho tài khoản Patient Fusion của quý vị.\n\n` +
      `Mã bảo mật của quý vị là ${code}. Mã này sẽ hết hạn sau 10 phút. Vui lòng không chia sẻ mã này.\n\n` +
      `Nếu quý vị không yêu cầu việc này, hãy bỏ qua tin nhắn này: mật khẩu của quý vị vẫn giữ nguyên.`,
    passwordChangedSubject: (practice: string) => `${practice}: mật khẩu của quý vị đã được thay đổi`,
    passwordChangedBody: (given: string, practice: string, phone: string) =>
      `Xin chào ${given},\n\nMật khẩu tài khoản Patient Fusion của quý vị tại ${practice} đã được thay đổi, và ` +
      `quý vị đã được đăng xuất trên mọi thiết bị.\n\nNếu quý vị không thực hiện việc này, vui lòng gọi ngay cho ` +
      `chúng tôi theo số ${phone}.`,
    passwordChangedSms: (practice: string, phone: string) =>
      `${practice}: mật khẩu Patient Fusion của quý vị đã được thay đổi. Nếu quý vị không thực hiện việc này, hãy gọi số ${phone}.`,
    usernameSubject: (practice: string) => `${practice}: tên người dùng của quý vị`,
    usernameBody: (given: string, practice: string, username: string, phone: string) =>
      `Xin chào ${given},\n\nTên người dùng của quý vị trên cổng thông tin bệnh nhân Patient Fusion của ` +
      `${practice} là: ${username}\n\nNếu quý vị không yêu cầu việc này, vui lòng gọi cho chúng tôi theo số ${phone}.`,
    usernameSms: (practice: string, username: string) =>
      `${practice}: tên người dùng Patient Fusion của quý vị là ${username}. Nếu quý vị không yêu cầu, hãy bỏ qua tin nhắn này.`,
    noAccountBody: (given: string, practice: string, phone: string) =>
      `Xin chào ${given},\n\nCó người đã hỏi tên người dùng của quý vị trên cổng thông tin bệnh nhân Patient Fusion ` +
      `của ${practice}, nhưng quý vị chưa có tài khoản. Để tạo tài khoản, hãy dùng email đăng ký từ ${practice}, ` +
      `hoặc gọi số ${phone}.`,
    noAccountSms: (practice: string, phone: string) =>
      `${practice}: quý vị chưa có tài khoản Patient Fusion. Hãy gọi số ${phone} để nhận email đăng ký.`,
  },
} satisfies Record<MockLanguage, Record<string, (...values: string[]) => string>>;
