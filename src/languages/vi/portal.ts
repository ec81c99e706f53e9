// The Vietnamese words of portal.messages.ts, in the Vietnamese language pack.
import type { portalMessages } from '../../components/portal/portal.messages.js';
import { clock } from '../../internal/words.js';

export const words: (typeof portalMessages)['en'] = {
  idleHeading: 'Quý vị vẫn còn đó chứ?',
  idleText: 'Để bảo vệ an toàn cho quý vị, hệ thống sẽ sớm đăng xuất quý vị vì đã một lúc không có hoạt động nào.',
  idleCountdown: (seconds: number) => `Sẽ đăng xuất sau ${clock(seconds)}`,
  stay: 'Duy trì đăng nhập',
  signOut: 'Đăng xuất',
  stayFailed: 'Cổng thông tin bệnh nhân không phản hồi. Vui lòng chọn Duy trì đăng nhập để thử lại.',
};
