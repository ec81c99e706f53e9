// The Vietnamese words of common.messages.ts, in the Vietnamese language pack.
import type { commonMessages } from '../../internal/common.messages.js';

export const words: (typeof commonMessages)['en'] = {
  allRequired: 'Quý vị phải điền tất cả các ô',
  working: 'Vui lòng chờ…',
  retry: 'Thử lại',
  summaryHeading: 'Vui lòng kiểm tra những mục sau:',
  networkError:
    'Chúng tôi không thể kết nối với cổng thông tin bệnh nhân. Vui lòng kiểm tra kết nối Internet của quý vị và thử lại.',
  timeout: 'Cổng thông tin bệnh nhân đang phản hồi quá lâu. Vui lòng thử lại.',
  serverError: 'Đã xảy ra lỗi từ phía chúng tôi. Vui lòng thử lại sau vài phút.',
  responseError: 'Cổng thông tin bệnh nhân gửi về một phản hồi mà chúng tôi không đọc được. Vui lòng thử lại sau.',
  waitUntil: (time: string, minutes: number) =>
    `Quý vị đã thử quá nhiều lần. Quý vị có thể thử lại lúc ${time} (còn ${minutes} phút nữa).`,
  showPassword: 'Hiện mật khẩu',
  hidePassword: 'Ẩn mật khẩu',
  emptied: 'Ô này đã được xóa để bảo vệ an toàn cho quý vị. Vui lòng nhập lại.',
};
