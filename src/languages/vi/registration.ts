// The Vietnamese words of registration.messages.ts, in the Vietnamese language pack.
import type { registrationMessages } from '../../components/registration/registration.messages.js';

export const words: (typeof registrationMessages)['en'] = {
  step: (step: number, total: number) => `Bước ${step} trên ${total}`,
  restarted:
    'Phiên đăng ký của quý vị đã kết thúc trước khi tạo xong tài khoản. Vui lòng xác minh lại danh tính để tiếp tục.',
  interrupted:
    'Việc đăng ký của quý vị bị gián đoạn trước khi tạo xong tài khoản. Để bảo vệ an toàn cho quý vị, vui lòng xác minh lại danh tính để tiếp tục.',
  accountReady: 'Tài khoản của quý vị đã sẵn sàng. Vui lòng đăng nhập để xem hồ sơ sức khỏe của quý vị.',
  toRecords: 'Xem hồ sơ sức khỏe',
  unreached: 'Chúng tôi không thể tải bước tiếp theo. Vui lòng kiểm tra kết nối Internet của quý vị và thử lại.',
};
