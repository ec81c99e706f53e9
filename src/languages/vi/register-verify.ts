// The Vietnamese words of register-verify.messages.ts, in the Vietnamese language pack.
import type { verifyMessages } from '../../components/register-verify/register-verify.messages.js';

const triesLeft = (tries: number) => `Quý vị còn ${tries} lần thử.`;

export const words: (typeof verifyMessages)['en'] = {
  heading: 'Xác minh danh tính của quý vị',
  intro: 'Để giữ kín thông tin sức khỏe của quý vị, trước tiên vui lòng xác nhận quý vị là ai.',
  why: 'Tại sao?',
  whyText:
    'Hồ sơ sức khỏe của quý vị là thông tin riêng tư. Những thông tin này, mà chỉ quý vị và phòng khám của bác sĩ được biết, giúp bảo đảm không ai khác có thể mở hồ sơ của quý vị bằng đường liên kết này.',
  dobLabel: 'Ngày sinh của bệnh nhân',
  dobHint: 'MM/DD/YYYY (tháng/ngày/năm)',
  methodLegend: 'Nhập mã PIN hoặc số điện thoại',
  methodPin: 'Mã PIN',
  methodPhone: 'Số điện thoại',
  pinLabel: 'Mã PIN nhận được từ bác sĩ của bệnh nhân',
  pinHint: '6 chữ số',
  phoneLabel: 'Số điện thoại của bệnh nhân trong hồ sơ của bác sĩ',
  phoneHint: 'Ví dụ: (555) 555-5555',
  channelLegend: 'Nhận mã qua',
  channelSms: 'Tin nhắn văn bản',
  channelVoice: 'Cuộc gọi thoại',
  continue: 'Tiếp tục',
  consent:
    'Khi chọn Tiếp tục với một số điện thoại, quý vị đồng ý nhận mã bảo mật dùng một lần qua tin nhắn văn bản hoặc cuộc gọi tự động đến số đó. Có thể bị tính cước tin nhắn và dữ liệu.',
  dobRequired: 'Vui lòng nhập ngày sinh của bệnh nhân.',
  dobFormat: 'Vui lòng nhập ngày sinh theo dạng tháng/ngày/năm (MM/DD/YYYY), ví dụ 03/14/1962.',
  dobInvalid: 'Ngày này không có thật. Vui lòng kiểm tra lại tháng và ngày.',
  dobFuture: 'Ngày sinh không thể là một ngày trong tương lai.',
  dobTooOld: 'Vui lòng kiểm tra lại năm sinh.',
  pinRequired: 'Vui lòng nhập mã PIN quý vị nhận được từ phòng khám của bác sĩ.',
  pinDigits: 'Mã PIN có 6 chữ số.',
  phoneRequired: 'Vui lòng nhập số điện thoại có trong hồ sơ tại phòng khám của bác sĩ.',
  phoneInvalid: 'Vui lòng nhập số điện thoại Hoa Kỳ có 10 chữ số, ví dụ (555) 555-5555.',
  codeRequired: 'Vui lòng nhập mã bảo mật.',
  codeDigits: 'Mã bảo mật có 6 chữ số.',
  identityFailed: (tries: number) =>
    `Thông tin quý vị nhập không khớp với hồ sơ của chúng tôi. Vui lòng kiểm tra lại rồi thử lại. ${triesLeft(tries)}`,
  locked: (time: string, minutes: number) =>
    `Để bảo vệ an toàn cho quý vị, đường liên kết này đã bị tạm dừng vì có quá nhiều lần thử. Quý vị có thể thử lại lúc ${time} (còn ${minutes} phút nữa).`,
  callPractice: (practice: string, phone: string) =>
    `Quý vị cần trợ giúp? Vui lòng gọi cho ${practice} theo số ${phone}.`,
  callButton: (practice: string, phone: string) => `Gọi ${practice}: ${phone}`,
  signIn: 'Đăng nhập',
  signInInstead: 'Quý vị đã có tài khoản? Đăng nhập',
  usedHeading: 'Đường liên kết này đã được sử dụng',
  usedText: 'Đường liên kết này đã được dùng để tạo tài khoản; vui lòng đăng nhập.',
  expiredHeading: 'Đường liên kết này đã hết hạn',
  expiredText:
    'Đường liên kết đăng ký có hiệu lực trong 14 ngày, và chỉ đường liên kết mới nhất mới dùng được. Vui lòng yêu cầu phòng khám của bác sĩ gửi cho quý vị một thư mời mới.',
  revokedHeading: 'Đường liên kết này không còn dùng được nữa',
  revokedText:
    'Để bảo vệ an toàn cho quý vị, đường liên kết này đã ngừng hoạt động sau quá nhiều lần thử không khớp với hồ sơ của chúng tôi. Vui lòng gọi cho phòng khám của bác sĩ để nhận thư mời mới.',
  notFoundHeading: 'Đường liên kết này không hợp lệ',
  notFoundText:
    'Vui lòng kiểm tra xem quý vị đã mở đầy đủ đường liên kết trong email đăng ký chưa, hoặc yêu cầu phòng khám của bác sĩ gửi cho quý vị một thư mời mới.',
  goHome: 'Đến trang chủ của cổng thông tin',
  codeHeading: 'Nhập mã bảo mật của quý vị',
  codeSentSms: (to: string) =>
    `Nếu số điện thoại này khớp với hồ sơ của chúng tôi, chúng tôi đã gửi tin nhắn văn bản có mã gồm 6 chữ số đến ${to}.`,
  codeSentVoice: (to: string) =>
    `Nếu số điện thoại này khớp với hồ sơ của chúng tôi, chúng tôi đang gọi đến ${to} để đọc cho quý vị mã gồm 6 chữ số.`,
  codeArrives:
    'Mã sẽ đến trong vòng vài phút. Mã có hiệu lực trong 10 phút. Nếu quý vị không nhận được gì, có thể số này không phải là số mà phòng khám của bác sĩ có trong hồ sơ.',
  codeLabel: 'Mã bảo mật',
  codeHint: '6 chữ số',
  resend: 'Gửi mã mới',
  resendWait: (seconds: number) => `Quý vị có thể yêu cầu mã mới sau ${seconds} giây.`,
  resendVia: 'Gửi mã mới qua',
  codeInvalid: (tries: number) => `Mã đó không đúng. ${triesLeft(tries)}`,
  codeExpired: 'Mã đó đã hết hạn. Vui lòng yêu cầu gửi mã mới và nhập mã đó vào đây.',
  codeResent: (to: string) => `Nếu số điện thoại này khớp với hồ sơ của chúng tôi, một mã mới đang được gửi đến ${to}.`,
  resendTooSoon: 'Chưa thể gửi mã mới. Nút Tiếp tục sẽ dùng lại được khi đồng hồ đếm ngược bên cạnh nút kết thúc.',
  sendWait: (seconds: number) => `Quý vị có thể yêu cầu mã sau ${seconds} giây.`,
  tooManyCodes: (time: string) => `Đã gửi quá nhiều mã. Quý vị có thể yêu cầu mã mới lúc ${time}.`,
  changePhone: 'Dùng số điện thoại khác',
  verified: 'Cảm ơn quý vị. Danh tính của quý vị đã được xác minh.',
};
