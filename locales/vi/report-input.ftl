# Reading the organisation's own report (a Word file, or its text pasted): nothing is stored before it is confirmed.
report-read = 📄 Đã đọc { $source }: tìm thấy số liệu cho { $figures }/{ $indicators } chỉ tiêu và { $texts }/4 phần nội dung.
  Chưa có gì được lưu. Bot hỏi lần lượt từng mục: bấm “Đúng” nếu số đúng, “Sửa” để gõ số khác, “Bỏ qua” nếu chưa có; hoặc kiểm tra tất cả trên phiếu tổng hợp rồi bấm “Đúng cả”.
report-source-document = tệp “{ $file }”
report-source-pasted = nội dung báo cáo anh/chị dán vào
report-read-more = 📄 Đã nối tin nhắn này vào phần báo cáo vừa dán: nay tìm thấy số liệu cho { $figures }/{ $indicators } chỉ tiêu và { $texts }/4 phần nội dung.
report-nothing-found = 📄 Bot đã mở { $source } nhưng không tìm thấy số liệu nào của { $organisation } trong đó, cũng không thấy các mục kết quả nổi bật, hạn chế, kiến nghị, nhiệm vụ. Anh/chị trả lời từng câu như thường, hoặc gửi đúng tệp báo cáo quý.
report-other-period = ⚠️ Báo cáo này ghi { $found }, còn anh/chị đang nộp { $period }. Kiểm tra lại có đúng báo cáo không trước khi xác nhận.
report-not-docx-pdf = Bot chưa đọc được tệp PDF “{ $file }”. Anh/chị gửi bản Word (.docx) của báo cáo, hoặc sao chép nội dung báo cáo rồi dán vào đây.
report-not-docx-doc = “{ $file }” là tệp Word đời cũ (.doc), bot chưa đọc được. Anh/chị mở tệp trong Word, chọn Lưu thành (Save As) → “Word Document (.docx)” rồi gửi lại; hoặc dán nội dung báo cáo vào đây.
report-not-docx-other = Bot chỉ đọc được báo cáo dạng Word (.docx), còn “{ $file }” thì không. Anh/chị gửi tệp .docx, hoặc dán nội dung báo cáo vào đây.
report-too-big = Tệp “{ $file }” nặng { $size } MB, quá giới hạn { $limit } MB bot nhận. Anh/chị bỏ bớt hình ảnh trong tệp rồi gửi lại, hoặc dán nội dung báo cáo vào đây.
report-broken = Bot không mở được “{ $file }” như một tệp Word (.docx): tệp có thể bị hỏng hoặc không phải tệp Word. Anh/chị mở thử trong Word, lưu lại dạng .docx rồi gửi lại; hoặc dán nội dung báo cáo vào đây.
report-too-big-unsized = Tệp “{ $file }” quá giới hạn { $limit } MB bot nhận. Anh/chị bỏ bớt hình ảnh trong tệp rồi gửi lại, hoặc dán nội dung báo cáo vào đây.
report-download-failed = Bot chưa tải được tệp “{ $file }” về. Anh/chị gửi lại tệp sau ít phút, hoặc dán nội dung báo cáo vào đây.
report-photo = Bot chưa đọc được báo cáo chụp ảnh. Anh/chị gửi tệp Word (.docx) của báo cáo, dán nội dung báo cáo vào đây, hoặc gõ từng số.
report-not-now = Anh/chị trả lời câu đang hỏi trước, rồi gửi lại báo cáo khi bot hỏi đến một chỉ tiêu.
report-start-first = Anh/chị gửi lại tệp Word (.docx) khi bot hỏi đến số liệu.

report-found-one = 📄 Trong báo cáo: <b>{ $value }</b>
  “{ $sentence }”
  Số này đúng không?
report-found-several = 📄 Báo cáo có { $count } số có thể là chỉ tiêu này; chọn số đúng:
report-found-option = { $number }. <b>{ $value }</b>: “{ $sentence }”
report-found-text = 📄 Trong báo cáo, mục “{ $heading }”:
  { $text }
  Nội dung này đúng không?
report-right = Đúng
report-change = Sửa
report-skip = Bỏ qua
report-other-value = Nhập số khác
report-type-figure = Anh/chị gõ số đúng của { $name }.
report-type-text = Anh/chị gõ nội dung đúng của phần { $section }.

review-proposed = <b>{ $value }</b> (chưa xác nhận, 📄 “{ $sentence }”)
review-proposed-several = { $count } số đề xuất, chưa chọn
review-proposed-text = (chưa xác nhận, 📄 mục “{ $heading }”) { $text }
review-accept-all = ✅ Đúng cả { $count } đề xuất
review-proposals-pending = Còn { $count } mục bot đọc từ báo cáo chưa được xác nhận. Bấm “Đúng cả” nếu anh/chị đã kiểm tra, hoặc “Sửa” để xem từng mục; mục có nhiều số thì chọn số đúng.
review-accepted-all = ✔ Đã nhận { $count } mục bot đọc từ báo cáo.
report-see-card = 📋 Xem tất cả trên phiếu
review-prompt-proposed = Các mục 📄 bot đọc từ báo cáo chưa được lưu. Nếu đã kiểm tra, bấm “Đúng cả”, rồi “Xác nhận” để nộp; bấm “Sửa” để xem hay chọn từng mục.
