# Answers about results and progress, the trace of figures, and the compiled briefing.

reports-trace-source = { $organisation }, { $period }
reports-trace = Lần nộp { $version }, do { $person } xác nhận lúc { $time }.
reports-trace-changes = Sửa so với lần nộp { $previous }: { $changes }.
reports-trace-no-changes = Số liệu giữ nguyên so với lần nộp { $previous } (chỉ sửa phần nội dung).
reports-trace-change = { $indicator } { $before } → { $after }
reports-trace-earlier = Lần nộp { $version }: do { $person } xác nhận lúc { $time }.
reports-results-title = Kết quả { $period } ({ $submitted }/{ $asked } đơn vị đã nộp đủ)
reports-no-data = Chưa có số liệu nào được nộp cho { $period }.
reports-compared-with = So sánh với { $period }.
reports-totals = Tổng các đơn vị
reports-total-reported = theo báo cáo của { $counted }/{ $reporting } đơn vị,
reports-total-incomplete = (chưa có số liệu: { $names })
reports-total-partial = ({ $count } đơn vị thiếu số liệu một số quý)
reports-partial-period = (thiếu số liệu { $count } quý)
reports-not-submitted = chưa nộp báo cáo
reports-missing = chưa có số liệu
reports-version = (lần { $version })

reports-progress-title = Tiến độ nộp báo cáo { $period }: { $submitted }/{ $total } đơn vị đã nộp.
reports-deadline-ahead = Hạn nộp: { $date } (còn { $days } ngày).
reports-deadline-today = Hạn nộp: hôm nay, { $date }.
reports-deadline-passed = Hạn nộp: { $date } (đã quá hạn { $days } ngày).
reports-progress-submitted = Đã nộp
reports-progress-missing = Chưa nộp
reports-progress-all = Tất cả các đơn vị đã nộp báo cáo.
reports-progress-meeting = Họp giao ban: { $at }
reports-progress-meeting-place = tại { $place }
reports-progress-meeting-chair = chủ trì: { $chair }
reports-progress-extended = Gia hạn cho { $organisation } đến { $date }.
reports-progress-extended-all = Gia hạn cho tất cả các đơn vị đến { $date }.
reports-late = (nộp muộn)
reports-late-quarters = (nộp muộn { $quarters })

reports-briefing-title = Kết quả hoạt động của Mặt trận Tổ quốc và các tổ chức chính trị - xã hội { $area } { $period }
reports-briefing-updated = (cập nhật lần { $version })
reports-briefing-compiled = Tổng hợp ngày { $date } từ báo cáo của { $submitted }/{ $total } cơ quan, đơn vị.
reports-briefing-opening = Trong { $period }, Mặt trận Tổ quốc và các tổ chức chính trị - xã hội đã triển khai thực hiện các nhiệm vụ công tác theo chương trình.
reports-briefing-achievements = Toàn { $level -> [commune] xã
   *[province] tỉnh
} đã { $achievements }.
reports-briefing-totals = Một số chỉ tiêu chung toàn { $level -> [commune] xã
   *[province] tỉnh
}: { $totals }.
reports-briefing-no-totals = Chưa có số liệu chung để tổng hợp.
reports-briefing-limitations = Hạn chế, khó khăn
reports-briefing-limitations-intro = Bên cạnh kết quả đạt được, vẫn còn một số hạn chế, khó khăn:
reports-briefing-limitations-none = Các đơn vị chưa nêu hạn chế, khó khăn trong quý.
reports-briefing-proposals = Kiến nghị, đề xuất
reports-briefing-next-tasks = Nhiệm vụ trọng tâm { $period }
reports-briefing-missing = <b>Chưa nộp báo cáo ({ $count } đơn vị):</b> { $names }.
reports-briefing-all-submitted = Tất cả { $total }/{ $total } cơ quan, đơn vị đã nộp báo cáo.
reports-quarters-without-reports = Chưa có đơn vị nào nộp báo cáo { $quarters }: số liệu gồm các quý đã có báo cáo.
reports-as-of = (số liệu { $period })
reports-compared-common = so với { $period } của { $count } đơn vị cùng báo cáo: nay { $current }, { $comparison }

reports-ranking-title = Xếp hạng theo { $indicator }, { $period }
reports-ranking-most = Nhiều nhất: { $names } ({ $value }).
reports-ranking-least = Ít nhất: { $names } ({ $value }).
reports-ranking-missing = Chưa có số liệu: { $names }.
reports-ranking-which = Xếp hạng theo chỉ tiêu nào? Xin nói rõ, ví dụ “đơn vị nào kết nạp nhiều đảng viên nhất”. Các chỉ tiêu nhiều đơn vị cùng báo cáo: { $indicators }.

reports-texts-title = { $section } — báo cáo { $period }
reports-section-highlights = Kết quả nổi bật
reports-section-limitations = Hạn chế, khó khăn
reports-section-proposals = Kiến nghị, đề xuất
reports-section-next_tasks = Nhiệm vụ quý tới
reports-texts-silent = Không nêu: { $names }.
reports-texts-not-submitted = Chưa nộp báo cáo: { $names }.
