// The Vietnamese words of register-account.messages.ts, in the Vietnamese language pack.
import type { accountMessages } from '../../components/register-account/register-account.messages.js';

export const words: (typeof accountMessages)['en'] = {
  heading: 'Đăng ký để xem hồ sơ sức khỏe trực tuyến',
  questionLabel: 'Chọn một câu hỏi bảo mật',
  questionPlaceholder: 'Chọn câu hỏi',
  questionsLoading: 'Đang tải các câu hỏi…',
  answerLabel: 'Nhập câu trả lời của quý vị',
  answerHint: 'Ít nhất 3 ký tự. Không phân biệt chữ hoa hay chữ thường.',
  answerHintFor: (question: string) =>
    `Câu trả lời của quý vị cho câu hỏi “${question}”: ít nhất 3 ký tự. Không phân biệt chữ hoa hay chữ thường.`,
  accountLegend: 'Tạo tài khoản',
  usernameLabel: 'Địa chỉ email hoặc tên người dùng',
  usernameHint: 'Quý vị sẽ dùng thông tin này để đăng nhập. Chỉ dùng chữ cái, chữ số và các ký tự . _ @ + -',
  passwordLabel: 'Tạo mật khẩu',
  retypeLabel: 'Nhập lại mật khẩu',
  rulesAvoid: 'Tránh dùng mật khẩu phổ biến, cũng như tên, tên người dùng hoặc ngày sinh của quý vị.',
  agreement: 'Khi chọn Truy cập hồ sơ, quý vị đồng ý với {terms} và {privacy} của Patient Fusion.',
  terms: 'Thỏa thuận người dùng',
  privacy: 'Chính sách quyền riêng tư',
  newWindow: '(mở trong cửa sổ mới)',
  submit: 'Truy cập hồ sơ',
  questionRequired: 'Vui lòng chọn một câu hỏi bảo mật.',
  answerRequired: 'Vui lòng nhập câu trả lời cho câu hỏi bảo mật của quý vị.',
  answerShort: 'Câu trả lời cần có ít nhất 3 ký tự.',
  usernameRequired: 'Vui lòng nhập địa chỉ email hoặc tên người dùng.',
  usernameShort: 'Tên người dùng cần có ít nhất 3 ký tự.',
  usernameLong: 'Tên người dùng chỉ được có tối đa 64 ký tự.',
  usernameCharacters: 'Trong tên người dùng, chỉ dùng chữ cái, chữ số và các ký tự . _ @ + - (không có khoảng trắng).',
  passwordRequired: 'Vui lòng tạo mật khẩu.',
  retypePasswords: 'Để bảo vệ an toàn cho quý vị, vui lòng nhập lại mật khẩu mới hai lần, rồi chọn Truy cập hồ sơ.',
  expiredHeading: 'Phiên đăng ký của quý vị đã kết thúc',
  expiredText:
    'Để bảo vệ an toàn cho quý vị, thời gian để tạo tài khoản đã hết, hoặc bước này đã được sử dụng. Vui lòng mở lại đường liên kết trong email đăng ký để bắt đầu lại.',
  createdHeading: 'Tài khoản của quý vị đã sẵn sàng',
  createdText: (username: string) => `Từ nay, vui lòng đăng nhập bằng ${username} và mật khẩu mới của quý vị.`,
};
