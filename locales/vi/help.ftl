help-title = <b>Các lệnh của trợ lý giao ban</b>
help-questions = Có thể hỏi bằng lời, có dấu hoặc không dấu, ví dụ: “kết quả quý IV”, “ai chưa nộp”, “Hội Nông dân quý 3”, “Hội Nông dân có kiến nghị gì”, “đơn vị nào kết nạp nhiều đảng viên nhất”.
cmd-start = bắt đầu, đăng ký bằng mã mời
cmd-help = danh sách lệnh và cách hỏi
help-report = <b>Nộp từ báo cáo sẵn có.</b> Gửi tệp Word (.docx, tối đa { $limit } MB) của báo cáo quý (bot tự mở /nop), hoặc sau /nop dán nội dung báo cáo (một hay nhiều tin nhắn gửi liền nhau): bot đọc số liệu và các mục kết quả, hạn chế, kiến nghị, nhiệm vụ, anh/chị chỉ bấm “Đúng”, “Sửa” hay “Bỏ qua” cho từng mục. Không có gì được lưu trước khi anh/chị xác nhận. Tin nhắn dán vào được coi là báo cáo khi bot thấy trong đó số liệu của từ hai chỉ tiêu trở lên (hoặc tin dài có nhiều số); ở câu hỏi nội dung, khi có từ hai mục trở lên. Chưa đọc được PDF, tệp .doc và ảnh chụp.
