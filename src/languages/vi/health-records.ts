// The Vietnamese words of health-records.messages.ts, in the Vietnamese language pack.
import type { recordsMessages } from '../../components/health-records/health-records.messages.js';
import { genderless, lookup } from '../../internal/words.js';

/** The units of time a dosage repeats in (UCUM); Vietnamese nouns do not change with the count. */
const unitVi = lookup({
  s: 'giây',
  min: 'phút',
  h: 'giờ',
  d: 'ngày',
  wk: 'tuần',
  mo: 'tháng',
  a: 'năm',
});

/** "mỗi ngày một lần", "hai lần mỗi ngày", "mỗi 8 giờ một lần", "1 đến 2 lần mỗi 4 đến 6 giờ". */
const frequencyVi = (
  times: number,
  timesMax: number | undefined,
  every: number,
  everyMax: number | undefined,
  unit: string,
) => {
  const span =
    every === 1 && !everyMax
      ? unitVi(unit)
      : everyMax
        ? `${every} đến ${everyMax} ${unitVi(unit)}`
        : `${every} ${unitVi(unit)}`;
  if (times === 1 && !timesMax) {
    return every === 2 && !everyMax && unit === 'd' ? 'cách ngày một lần' : `mỗi ${span} một lần`;
  }
  const count = timesMax ? `${times} đến ${timesMax} lần` : times === 2 ? 'hai lần' : `${times} lần`;
  return `${count} mỗi ${span}`;
};

/**
 * An age as the page formats it ("45 năm", "40-45 năm", "6 tháng") said as an age: "45 tuổi", "40-45 tuổi",
 * "6 tháng tuổi".
 */
const ageVi = (age: string) => (/\s*năm$/u.test(age) ? age.replace(/\s*năm$/u, ' tuổi') : `${age} tuổi`);

export const words: (typeof recordsMessages)['en'] = {
  heading: 'Hồ sơ sức khỏe của quý vị',
  patient: (name: string) => `Hồ sơ sức khỏe của ${name}`,
  signOut: 'Đăng xuất',
  signingOut: 'Đang đăng xuất…',
  signedOut: 'Quý vị đã đăng xuất. Vui lòng đăng nhập lại để xem hồ sơ sức khỏe của quý vị.',
  sectionsLabel: 'Các mục trong hồ sơ sức khỏe của quý vị',
  overview: 'Tổng quan',
  overviewError: (section: string) => `Hiện không thể tải mục ${section.toLowerCase()} của quý vị.`,
  allSections: 'Hồ sơ của quý vị',
  backToAll: 'Tất cả hồ sơ của quý vị',
  seeSection: lookup({
    'lab-results': 'Xem tất cả kết quả xét nghiệm',
    appointments: 'Xem tất cả cuộc hẹn',
    allergies: 'Xem tất cả dị ứng',
  }),
  latestResults: (name: string, day: string | undefined, out: number, count: number) =>
    `Gần đây nhất: ${name}${day ? `, ${day}` : ''}. ${
      out
        ? `${out.toLocaleString('vi')} trong số ${count.toLocaleString('vi')} kết quả nằm ngoài mức bình thường.`
        : count === 1
          ? 'Kết quả này nằm trong mức bình thường.'
          : `Cả ${count.toLocaleString('vi')} kết quả đều nằm trong mức bình thường.`
    }`,
  loading: 'Đang tải…',
  loadError: (section: string) => `Chúng tôi không thể tải mục ${section.toLowerCase()} của quý vị.`,
  loadAllError: 'Chúng tôi không thể tải hồ sơ sức khỏe của quý vị. Vui lòng kiểm tra kết nối mạng, rồi thử lại.',
  loadWait: (time: string, minutes: number) => `Vui lòng thử lại lúc ${time} (sau ${minutes} phút nữa).`,
  skipped: (count: number) =>
    count === 1
      ? 'Có một mục trong hồ sơ không đọc được nên không hiển thị ở đây. Nhóm chăm sóc của quý vị có thể xem mục này.'
      : `Có ${count} mục trong hồ sơ không đọc được nên không hiển thị ở đây. Nhóm chăm sóc của quý vị có thể xem các mục này.`,
  unnamed: 'Không có tên trong hồ sơ',
  // Section names and their empty states.
  diagnoses: 'Chẩn đoán',
  medications: 'Thuốc',
  immunizations: 'Tiêm chủng',
  allergies: 'Dị ứng',
  procedures: 'Thủ thuật',
  'care-plans': 'Kế hoạch chăm sóc',
  'lab-results': 'Kết quả xét nghiệm',
  appointments: 'Cuộc hẹn',
  emptyDiagnoses:
    'Hồ sơ chưa có chẩn đoán nào. Các vấn đề sức khỏe mà nhóm chăm sóc của quý vị ghi nhận sẽ hiển thị tại đây.',
  emptyMedications:
    'Hồ sơ chưa có thuốc nào. Các loại thuốc mà nhóm chăm sóc của quý vị kê toa hoặc ghi nhận sẽ hiển thị tại đây; hãy cho họ biết mọi loại thuốc quý vị đang dùng.',
  emptyImmunizations:
    'Hồ sơ chưa có mũi tiêm chủng nào. Các loại vắc-xin mà phòng khám của quý vị tiêm hoặc ghi nhận sẽ hiển thị tại đây; nếu quý vị đã tiêm ở nơi khác, hãy mang theo giấy tờ tiêm chủng trong lần khám tới.',
  emptyAllergies:
    'Hồ sơ chưa có dị ứng nào. Các dị ứng mà nhóm chăm sóc của quý vị ghi nhận sẽ hiển thị tại đây; nếu quý vị bị dị ứng, hãy cho họ biết trong lần khám tới.',
  emptyProcedures:
    'Hồ sơ chưa có thủ thuật nào. Các thủ thuật và ca phẫu thuật mà nhóm chăm sóc của quý vị ghi nhận sẽ hiển thị tại đây.',
  emptyCarePlans:
    'Hồ sơ chưa có kế hoạch chăm sóc nào. Các kế hoạch mà nhóm chăm sóc lập cùng với quý vị sẽ hiển thị tại đây.',
  emptyLabResults:
    'Hồ sơ chưa có kết quả xét nghiệm nào. Kết quả sẽ hiển thị tại đây sau khi nhóm chăm sóc của quý vị chia sẻ.',
  emptyAppointments:
    'Hồ sơ chưa có cuộc hẹn nào. Các lần khám của quý vị sẽ hiển thị tại đây; để đặt hẹn, hãy gọi cho phòng khám của quý vị.',
  // Field labels.
  status: 'Tình trạng',
  since: 'Bắt đầu từ',
  began: 'Bắt đầu',
  atAge: (age: string) => `lúc ${ageVi(age)}`,
  fromAge: (age: string) => `từ lúc ${ageVi(age)}`,
  beforeAge: (age: string) => `trước ${ageVi(age)}`,
  possible: 'Có thể có, chưa được xác nhận',
  recorded: 'Ngày ghi nhận',
  resolved: 'Đã khỏi',
  instructions: 'Cách dùng',
  prescriber: 'Người kê toa',
  reportedBy: 'Người báo cáo',
  prescribed: 'Ngày kê toa',
  taken: 'Dùng từ',
  takenBetween: 'Đã dùng',
  started: 'Bắt đầu',
  stopped: 'Ngưng dùng',
  reportedOn: 'Ngày báo cáo',
  refills: 'Số lần lấy thêm thuốc',
  doNotTake: 'Không được dùng',
  route: 'Đường dùng',
  site: 'Vị trí',
  method: 'Cách thức',
  takeFor: 'Dùng để trị',
  also: 'Lưu ý thêm',
  doseRange: (low: string, high: string) => `${low} đến ${high}`,
  frequency: frequencyVi,
  whenWord: lookup({
    MORN: 'vào buổi sáng',
    'MORN.early': 'vào sáng sớm',
    'MORN.late': 'vào cuối buổi sáng',
    NOON: 'vào buổi trưa',
    AFT: 'vào buổi chiều',
    'AFT.early': 'vào đầu giờ chiều',
    'AFT.late': 'vào cuối buổi chiều',
    EVE: 'vào buổi tối',
    'EVE.early': 'vào đầu buổi tối',
    'EVE.late': 'vào cuối buổi tối',
    NIGHT: 'vào ban đêm',
    PHS: 'sau khi ngủ dậy',
    HS: 'trước khi đi ngủ',
    WAKE: 'khi thức dậy',
    C: 'trong bữa ăn',
    CM: 'trong bữa sáng',
    CD: 'trong bữa trưa',
    CV: 'trong bữa tối',
    AC: 'trước bữa ăn',
    ACM: 'trước bữa sáng',
    ACD: 'trước bữa trưa',
    ACV: 'trước bữa tối',
    PC: 'sau bữa ăn',
    PCM: 'sau bữa sáng',
    PCD: 'sau bữa trưa',
    PCV: 'sau bữa tối',
  }),
  atTimes: (times: string) => `lúc ${times}`,
  onDays: (days: string) => `vào ${days}`,
  asNeeded: 'khi cần',
  forDuration: (duration: string) => `trong ${duration}`,
  untilDate: (date: string) => `cho đến ${date}`,
  timesInAll: (count: number) => (count === 1 ? 'chỉ một lần' : `tổng cộng ${count} lần`),
  reported: 'Thuốc được báo cáo',
  date: 'Ngày',
  lot: 'Số lô',
  notGiven: 'Không tiêm',
  didNotCount: 'Liều này không được tính',
  inSeries: 'Trong loạt tiêm',
  doseOf: (dose: string, of: string) => `Liều ${dose} trong số ${of}`,
  doseNumber: (dose: string) => `Liều ${dose}`,
  amount: 'Liều lượng',
  reason: 'Lý do',
  reactions: 'Phản ứng',
  criticality: 'Mức nguy cơ',
  noKnown: lookup({
    all: 'Không có dị ứng đã biết',
    drug: 'Không có dị ứng thuốc đã biết',
    food: 'Không có dị ứng thực phẩm đã biết',
    environment: 'Không có dị ứng môi trường đã biết',
    latex: 'Không có dị ứng latex đã biết',
    insect: 'Không có dị ứng côn trùng đã biết',
    animal: 'Không có dị ứng động vật đã biết',
  }),
  notConfirmed: 'Chưa được xác nhận',
  highRisk: 'Nguy cơ cao',
  allergyType: lookup({ allergy: 'Dị ứng', intolerance: 'Không dung nạp' }),
  kind: 'Loại',
  period: 'Thời gian',
  activities: 'Hoạt động',
  from: (start: string) => `Từ ${start}`,
  until: (end: string) => `Đến ${end}`,
  between: (start: string, end: string) => `Từ ${start} đến ${end}`,
  result: 'Kết quả',
  range: 'Mức bình thường',
  rangeLow: (low: string) => `${low} trở lên`,
  rangeHigh: (high: string) => `${high} trở xuống`,
  rangeFor: (whom: string) => `dành cho ${whom}`,
  agedBetween: (ages: string) => ageVi(ages),
  agedFrom: (age: string) => `từ ${ageVi(age)} trở lên`,
  agedUpTo: (age: string) => `từ ${ageVi(age)} trở xuống`,
  labReportsWithoutResults:
    'Hồ sơ có phiếu xét nghiệm, nhưng chưa có kết quả nào được chia sẻ với quý vị. Nhóm chăm sóc của quý vị có thể cho biết thêm.',
  noValue: (reason: string) => `Không có giá trị: ${reason}`,
  panel: 'Thuộc nhóm xét nghiệm',
  test: 'Xét nghiệm',
  medicationsNow: 'Đang dùng',
  medicationsBefore: 'Đã dùng trước đây',
  noCurrentMedications: 'Hồ sơ không có thuốc nào quý vị đang dùng.',
  doses: (count: number) => `${count.toLocaleString('vi')} liều`,
  labReport: 'Phiếu xét nghiệm',
  resultsOfDay: (day: string) => `Kết quả ngày ${day}`,
  resultsUndated: 'Kết quả không có ngày',
  performedBy: (names: string) => `Do ${names} thực hiện`,
  criticalHeading: 'Các kết quả cần được chú ý',
  criticalGuidance:
    'Các kết quả này nằm rất xa mức bình thường. Nếu nhóm chăm sóc của quý vị chưa trao đổi với quý vị về các kết quả này, hãy liên hệ với họ ngay hôm nay.',
  moreCritical: (count: number) => `Còn ${count.toLocaleString('vi')} kết quả tương tự ở bên dưới.`,
  filterLabel: 'Lọc theo tên xét nghiệm',
  filterHint: 'Tìm trong tất cả kết quả của quý vị theo tên xét nghiệm, chẳng hạn A1c hoặc cholesterol.',
  searching: (term: string) => `Đang tìm “${term}” trong tất cả kết quả của quý vị…`,
  found: (count: string, _one: boolean, term: string) =>
    `Tìm thấy ${count} kết quả cho “${term}” trong tất cả kết quả của quý vị.`,
  notFound: (term: string) => `Không tìm thấy kết quả nào cho “${term}” trong tất cả kết quả của quý vị.`,
  searchFailed: 'Hiện không thể tìm kiếm kết quả của quý vị.',
  searchAgain: 'Tìm lại',
  showing: (from: string, to: string, total: string, newestFirst: boolean) =>
    `Kết quả ${from} đến ${to} trong tổng số ${total}${newestFirst ? ', mới nhất xếp trước' : ''}.`,
  orMore: (count: string) => `${count} trở lên`,
  readToSort: (count: number) =>
    `Máy chủ này không sắp xếp kết quả theo ngày, vì vậy cả ${count.toLocaleString('vi')} kết quả đã được đọc để xếp kết quả mới nhất lên trước.`,
  capped:
    'Máy chủ này đã gửi nhiều trang hơn số trang mà cổng thông tin đọc trong một lần, vì vậy ở đây có thể thiếu một số mục. Nhóm chăm sóc của quý vị có thể xem tất cả.',
  filtered: (count: number) => `Có ${count.toLocaleString('vi')} kết quả phù hợp trong số các kết quả đã tải.`,
  newer: 'Kết quả mới hơn',
  older: 'Kết quả cũ hơn',
  loadingMore: 'Đang tải các kết quả cũ hơn…',
  allLoaded: 'Đây là những kết quả cũ nhất.',
  olderFailed: 'Hiện không thể tải các kết quả cũ hơn. Nhấn Kết quả cũ hơn để thử lại.',
  trendHint: 'Hiển thị xét nghiệm này theo thời gian.',
  trendHeading: (name: string) => `${name} theo thời gian`,
  backToResults: 'Quay lại kết quả xét nghiệm',
  trendLoading: (name: string) => `Đang đọc tất cả kết quả của ${name}…`,
  trendFailed: 'Hiện không thể đọc lịch sử của xét nghiệm này.',
  readAgain: 'Thử lại',
  reportResultsLoading: 'Đang tải phần còn lại của các kết quả này…',
  reportResultsFailed: 'Hiện không thể tải một số kết quả trong các phiếu xét nghiệm của quý vị.',
  trendCount: (count: number, capped: boolean) =>
    capped
      ? `${count.toLocaleString('vi')} kết quả gần đây nhất, mới nhất xếp trước. Nhóm chăm sóc của quý vị có thể xem các kết quả cũ hơn.`
      : `${count.toLocaleString('vi')} kết quả, mới nhất xếp trước.`,
  trendNoChart:
    'Các kết quả này không phải là con số trên một thang đo, nên không có biểu đồ; từng kết quả đều có trong bảng.',
  trendSummary: (
    name: string,
    count: number,
    first: string,
    last: string,
    latest: string,
    out: boolean,
    range: string | undefined,
  ) =>
    `Biểu đồ ${name}: ${count.toLocaleString('vi')} giá trị${count > 1 ? ` từ ${first} đến ${last}` : ` vào ${first}`}. Giá trị gần đây nhất là ${latest}, ${out ? 'nằm ngoài' : 'nằm trong'} mức bình thường${range ? ` (${range})` : ''}. Tất cả các giá trị đều có trong bảng bên dưới.`,
  legendRange: (range: string) => `Mức bình thường: ${range}`,
  legendIn: 'Trong mức bình thường',
  legendOut: 'Ngoài mức bình thường',
  trendOtherUnits: (count: number) =>
    `${count.toLocaleString('vi')} kết quả dùng đơn vị khác: có trong bảng, không có trên biểu đồ.`,
  trendTable: (name: string) => `Tất cả kết quả của ${name}, mới nhất xếp trước`,
  moreValues: 'Hiển thị các giá trị cũ hơn',
  upcoming: 'Sắp tới',
  past: 'Đã qua',
  noUpcoming: 'Không có cuộc hẹn sắp tới.',
  noPast: 'Không có cuộc hẹn đã qua.',
  notYetScheduled: 'Chưa lên lịch',
  requestedFor: 'Thời gian đã yêu cầu',
  with: 'Với',
  where: 'Địa điểm',
  visitType: 'Loại khám',
  count: (count: number) => `${count}`,
  flag: lookup({
    high: 'Cao',
    low: 'Thấp',
    'critical-high': 'Cao ở mức nguy hiểm',
    'critical-low': 'Thấp ở mức nguy hiểm',
    abnormal: 'Bất thường',
    critical: 'Ở mức nguy hiểm',
    positive: 'Dương tính',
    detected: 'Phát hiện thấy',
    reactive: 'Có phản ứng',
    resistant: 'Kháng thuốc',
    intermediate: 'Trung gian',
    inconclusive: 'Không kết luận được',
    unexpected: 'Không như dự kiến',
    'off-scale-high': 'Cao hơn mức đo được',
    'off-scale-low': 'Thấp hơn mức đo được',
    worse: 'Xấu hơn trước',
    better: 'Tốt hơn trước',
    rising: 'Tăng so với lần trước',
    falling: 'Giảm so với lần trước',
    carrier: 'Người mang gen',
    normal: 'Bình thường',
  }),
  /** A status in words; Vietnamese words do not agree with the noun they describe, so `noun` changes nothing. */
  statusWord: genderless(
    lookup({
      active: 'Hiện tại',
      recurrence: 'Tái phát',
      relapse: 'Tái phát',
      inactive: 'Hiện không có',
      remission: 'Đang thuyên giảm',
      resolved: 'Đã khỏi',
      completed: 'Đã hoàn tất',
      stopped: 'Đã ngưng',
      'on-hold': 'Tạm ngưng',
      cancelled: 'Đã hủy',
      draft: 'Bản nháp',
      intended: 'Dự định',
      'not-taken': 'Không dùng',
      'not-done': 'Không thực hiện',
      'in-progress': 'Đang thực hiện',
      preparation: 'Đang chuẩn bị',
      revoked: 'Đã rút lại',
      unknown: 'Không rõ',
      registered: 'Đã yêu cầu',
      preliminary: 'Sơ bộ',
      final: 'Chính thức',
      amended: 'Đã sửa đổi',
      corrected: 'Đã đính chính',
      proposed: 'Được đề xuất',
      pending: 'Đang chờ',
      booked: 'Đã đặt hẹn',
      arrived: 'Đã đến',
      fulfilled: 'Đã đến khám',
      noshow: 'Lỡ hẹn',
      'checked-in': 'Đã làm thủ tục',
      waitlist: 'Danh sách chờ',
      confirmed: 'Đã xác nhận',
      unconfirmed: 'Chưa xác nhận',
      low: 'Thấp',
      high: 'Cao',
      'unable-to-assess': 'Không rõ',
      mild: 'Nhẹ',
      moderate: 'Vừa',
      severe: 'Nặng',
    }),
  ),
};
