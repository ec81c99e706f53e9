// The Vietnamese words of sign-in.messages.ts, in the Vietnamese language pack.
import type { signInMessages } from '../../components/sign-in/sign-in.messages.js';

export const words: (typeof signInMessages)['en'] = {
  heading: 'Đăng nhập để xem hồ sơ sức khỏe của quý vị',
  usernameLabel: 'Địa chỉ email hoặc tên người dùng',
  passwordLabel: 'Mật khẩu',
  submit: 'Đăng nhập',
  forgot: 'Quý vị quên mật khẩu?',
  forgotUsername: 'Quý vị quên tên người dùng?',
  lockedRecover:
    'Để đăng nhập ngay bây giờ, vui lòng đặt lại mật khẩu: khi có mật khẩu mới, quý vị không cần chờ hết thời gian tạm dừng.',
  recovered: 'Mật khẩu của quý vị đã được thay đổi. Vui lòng đăng nhập bằng mật khẩu mới.',
  usernameRequired: 'Vui lòng nhập địa chỉ email hoặc tên người dùng của quý vị.',
  passwordRequired: 'Vui lòng nhập mật khẩu của quý vị.',
  failed: 'Tên người dùng hoặc mật khẩu không đúng. Vui lòng kiểm tra lại rồi thử lại.',
  triesLeft: (tries: number) => `Quý vị còn ${tries} lần thử trước khi việc đăng nhập bị tạm dừng.`,
  locked: (time: string, minutes: number) =>
    `Để bảo vệ an toàn cho quý vị, việc đăng nhập đã bị tạm dừng vì có quá nhiều lần thử. Quý vị có thể thử lại lúc ${time} (còn ${minutes} phút nữa).`,
  callPractice: (practice: string, phone: string) =>
    `Quý vị cần trợ giúp? Vui lòng gọi cho ${practice} theo số ${phone}.`,
  signedIn: 'Quý vị đã đăng nhập.',
  endedSignedOut: 'Quý vị đã đăng xuất.',
  endedIdle: (minutes: number) =>
    `Hệ thống đã đăng xuất quý vị sau ${minutes} phút không có hoạt động. Vui lòng đăng nhập lại để tiếp tục.`,
  endedExpired: 'Phiên đăng nhập của quý vị đã kết thúc. Vui lòng đăng nhập lại để tiếp tục.',
  endedPasswordChanged:
    'Mật khẩu của quý vị đã được thay đổi, và hệ thống đã đăng xuất quý vị khỏi mọi thiết bị. Vui lòng đăng nhập bằng mật khẩu mới.',
};
