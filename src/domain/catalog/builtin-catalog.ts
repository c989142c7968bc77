/**
 * The catalog used when CATALOG_FILE is unset: a provincial bloc with the six organisations
 * and a realistic set of indicators from domain.md §1, in the catalog file format, so it goes
 * through the same validation as a file. Bounds are generous sanity limits, not targets.
 */
export const BUILTIN_CATALOG = {
  bloc: {
    code: "tinh",
    name: "Khối Mặt trận Tổ quốc và các tổ chức chính trị - xã hội tỉnh",
    area: "tỉnh",
    level: "province",
  },
  schedule: { opens_on_day_of_last_month: 1, deadline_day_of_next_month: 15 },
  organisations: [
    { code: "MTTQ", name: "Ủy ban MTTQ Việt Nam tỉnh", short_name: "Mặt trận", aliases: ["mặt trận", "mttq", "ủy ban mặt trận", "ubmttq"] },
    { code: "DOAN", name: "Tỉnh đoàn", short_name: "Tỉnh đoàn", aliases: ["đoàn thanh niên", "đoàn", "đoàn tncs", "tỉnh đoàn"] },
    { code: "PN", name: "Hội Liên hiệp Phụ nữ tỉnh", short_name: "Hội Phụ nữ", aliases: ["hội phụ nữ", "phụ nữ", "hlhpn", "hpn"] },
    { code: "ND", name: "Hội Nông dân tỉnh", short_name: "Hội Nông dân", aliases: ["hội nông dân", "nông dân", "hnd"] },
    { code: "CCB", name: "Hội Cựu chiến binh tỉnh", short_name: "Hội CCB", aliases: ["cựu chiến binh", "hội ccb", "ccb"] },
    { code: "LDLD", name: "Liên đoàn Lao động tỉnh", short_name: "Công đoàn", aliases: ["công đoàn", "liên đoàn lao động", "lđlđ"] },
  ],
  indicators: [
    { code: "HV_MOI", name: "Đoàn viên, hội viên mới", aliases: ["kết nạp hội viên", "phát triển đoàn viên", "hội viên mới"], unit: "người", kind: "flow", orgs: ["DOAN", "PN", "ND", "CCB", "LDLD"], max: 100000, help: "Số đoàn viên, hội viên kết nạp mới trong quý.", summary: "phát triển {value} đoàn viên, hội viên mới" },
    { code: "HV_GIAM", name: "Đoàn viên, hội viên giảm", aliases: ["hội viên giảm"], unit: "người", kind: "flow", orgs: ["DOAN", "PN", "ND", "CCB", "LDLD"], max: 100000, help: "Trưởng thành, chuyển đi, từ trần, xóa tên trong quý." },
    { code: "GT_DANG", name: "Quần chúng ưu tú giới thiệu cho Đảng", aliases: ["giới thiệu đảng viên", "giới thiệu cho đảng"], unit: "người", kind: "flow", orgs: ["DOAN", "PN", "ND", "CCB", "LDLD"], max: 20000, summary: "giới thiệu {value} quần chúng ưu tú cho Đảng xem xét kết nạp" },
    { code: "KN_DANG", name: "Đảng viên mới được kết nạp", aliases: ["kết nạp đảng viên", "kết nạp đảng"], unit: "người", kind: "flow", orgs: ["DOAN", "PN", "ND", "CCB", "LDLD"], max: 10000, summary: "kết nạp {value} đảng viên mới" },
    { code: "QUY_VNN", name: "Vận động Quỹ Vì người nghèo", aliases: ["quỹ vì người nghèo", "quỹ vnn"], unit: "triệu đồng", kind: "flow", integer: false, orgs: ["MTTQ"], max: 1000000, help: "Tổng số tiền vận động được trong quý.", summary: "vận động Quỹ Vì người nghèo {value}" },
    { code: "NHA_DDK", name: "Nhà Đại đoàn kết xây mới, sửa chữa", aliases: ["nhà đại đoàn kết"], unit: "căn", kind: "flow", orgs: ["MTTQ"], max: 20000 },
    { code: "GIAM_SAT", name: "Cuộc giám sát chủ trì", aliases: ["giám sát"], unit: "cuộc", kind: "flow", orgs: ["MTTQ"], max: 2000 },
    { code: "PHAN_BIEN", name: "Hội nghị phản biện xã hội", aliases: ["phản biện"], unit: "hội nghị", kind: "flow", orgs: ["MTTQ"], max: 500 },
    { code: "DVK", name: "Mô hình “Dân vận khéo”", aliases: ["dân vận khéo"], unit: "mô hình", kind: "stock", orgs: ["MTTQ"], max: 20000 },
    { code: "DOAN_TONG", name: "Tổng số đoàn viên", aliases: ["tổng đoàn viên"], unit: "người", kind: "stock", orgs: ["DOAN"], max: 2000000 },
    { code: "DOAN_CTTN", name: "Công trình, phần việc thanh niên", aliases: ["công trình thanh niên"], unit: "công trình", kind: "flow", orgs: ["DOAN"], max: 10000 },
    { code: "DOAN_HIEN_MAU", name: "Hiến máu tình nguyện", aliases: ["hiến máu"], unit: "đơn vị máu", kind: "flow", orgs: ["DOAN"], max: 100000 },
    { code: "PN_TL_TAPHOP", name: "Tỷ lệ tập hợp phụ nữ", aliases: ["tỷ lệ tập hợp"], unit: "%", kind: "rate", integer: false, orgs: ["PN"], max: 100 },
    { code: "PN_MAI_AM", name: "Mái ấm tình thương", aliases: ["mái ấm"], unit: "căn", kind: "flow", orgs: ["PN"], max: 2000 },
    { code: "PN_VON_GN", name: "Vốn giải ngân trong kỳ", aliases: ["vốn giải ngân"], unit: "tỷ đồng", kind: "flow", integer: false, orgs: ["PN"], max: 100000 },
    { code: "ND_QHTND", name: "Quỹ Hỗ trợ nông dân", aliases: ["quỹ hỗ trợ nông dân"], unit: "tỷ đồng", kind: "stock", integer: false, orgs: ["ND"], max: 100000 },
    { code: "ND_TAPHUAN", name: "Lớp tập huấn chuyển giao khoa học kỹ thuật", aliases: ["tập huấn"], unit: "lớp", kind: "flow", orgs: ["ND"], max: 20000 },
    { code: "CCB_NHA", name: "Nhà “Nghĩa tình đồng đội”", aliases: ["nhà nghĩa tình đồng đội"], unit: "căn", kind: "flow", orgs: ["CCB"], max: 2000 },
    { code: "CCB_TL_NGHEO", name: "Tỷ lệ hộ nghèo trong Hội", aliases: ["tỷ lệ hộ nghèo"], unit: "%", kind: "rate", integer: false, orgs: ["CCB"], max: 100 },
    { code: "CD_CDCS_MOI", name: "Công đoàn cơ sở thành lập mới", aliases: ["cđcs mới", "công đoàn cơ sở mới"], unit: "CĐCS", kind: "flow", orgs: ["LDLD"], max: 5000 },
    { code: "CD_MAI_AM", name: "Mái ấm Công đoàn", aliases: ["mái ấm công đoàn"], unit: "căn", kind: "flow", orgs: ["LDLD"], max: 2000 },
    { code: "CD_TROCAP", name: "Lượt đoàn viên được thăm hỏi, trợ cấp", aliases: ["trợ cấp", "thăm hỏi"], unit: "lượt", kind: "flow", orgs: ["LDLD"], max: 500000 },
  ],
} as const;
