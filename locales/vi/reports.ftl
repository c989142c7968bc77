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
reports-briefing-meeting = Ngày { $date }{ $place ->
    [none] {""}
   *[other] , tại { $place }
}, { $convener ->
    [none] Hội nghị giao ban { $bloc } được tổ chức để đánh giá
   *[other] { $convener } tổ chức Hội nghị giao ban { $bloc } để đánh giá
} tình hình thực hiện nhiệm vụ công tác { $period }.
reports-briefing-chair = { $chair } chủ trì Hội nghị{ $attendees ->
    [none] .
   *[other] ; tham dự Hội nghị có { $attendees }.
}
reports-briefing-attendees = Tham dự Hội nghị có { $attendees }.
# Whether the catalog's phrases (written in Vietnamese) are used: yes, or no for the indicator's name and figure.
reports-briefing-phrases = yes
reports-briefing-opening = Trong { $period }, Mặt trận Tổ quốc và các tổ chức chính trị - xã hội đã triển khai thực hiện các nhiệm vụ công tác theo chương trình.
reports-briefing-achievements = Toàn { $level -> [commune] xã
   *[province] tỉnh
} đã { $achievements }.
reports-briefing-totals = Một số chỉ tiêu chung toàn { $level -> [commune] xã
   *[province] tỉnh
}: { $totals }.
reports-briefing-partial-achievements = Theo báo cáo của { $counted }/{ $reporting } đơn vị (chưa gồm { $absent }), đã { $achievements }.
reports-briefing-partial-totals = Theo báo cáo của { $counted }/{ $reporting } đơn vị (chưa gồm { $absent }), một số chỉ tiêu chung: { $totals }.
reports-briefing-compared-over = (tính trên { $count }/{ $of } đơn vị có số liệu cả hai kỳ)
reports-briefing-no-totals = Chưa có số liệu chung để tổng hợp.
reports-briefing-late = nộp muộn
reports-briefing-on-behalf = thư ký nhập hộ: { $by }
reports-briefing-limitations-intro = Tuy nhiên, bên cạnh kết quả đạt được vẫn còn một số hạn chế, khó khăn:
reports-briefing-limitations-none = Các đơn vị chưa nêu hạn chế, khó khăn.
reports-briefing-loss-total = Số { $name } { $scope ->
    [commune] toàn xã
    [province] toàn tỉnh
   *[partial] theo báo cáo của { $counted }/{ $reporting } đơn vị (chưa gồm { $absent })
} là { $amount } ({ $parts }).
reports-briefing-falls = Một số chỉ tiêu giảm: { $falls }.
reports-briefing-proposals = Các đơn vị kiến nghị, đề xuất:
reports-briefing-next-tasks = Về nhiệm vụ trọng tâm { $period }, các đơn vị đề ra:
reports-briefing-missing = Chưa nộp báo cáo ({ $count } đơn vị): { $names }.
reports-briefing-missing-figures = Chưa có số liệu: { $list }.
reports-briefing-all-submitted = Tất cả { $total }/{ $total } cơ quan, đơn vị đã nộp báo cáo.
reports-briefing-conclusions = Kết luận Hội nghị, { $chair } đề nghị Mặt trận Tổ quốc và các tổ chức chính trị - xã hội tập trung thực hiện tốt một số nhiệm vụ trọng tâm sau:
reports-briefing-chair-unnamed = đồng chí chủ trì Hội nghị
reports-briefing-point = { $n ->
    [1] Một
    [2] Hai
    [3] Ba
    [4] Bốn
    [5] Năm
    [6] Sáu
    [7] Bảy
    [8] Tám
    [9] Chín
    [10] Mười
   *[other] Thứ { $n }
} là, { $text }
reports-briefing-directions = Đối với từng cơ quan, đơn vị: { $directions }.
reports-briefing-partial = Chưa nộp đủ báo cáo các quý ({ $count } đơn vị): { $names }.
reports-briefing-title-final = Thông báo kết luận hội nghị giao ban Mặt trận Tổ quốc và các tổ chức chính trị - xã hội { $area } { $period }
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
reports-trace-from-document = Số liệu do bot đọc từ tệp báo cáo “{ $file }” (đọc lúc { $time }), người nộp đã xác nhận từng số.
reports-trace-from-pasted = Số liệu do bot đọc từ nội dung báo cáo được dán vào (đọc lúc { $time }), người nộp đã xác nhận từng số.
