cmd-results = kết quả theo kỳ, đơn vị, chỉ tiêu: /ketqua quý IV/2023
cmd-status = ai đã nộp, ai chưa nộp, hạn nộp
cmd-report = báo cáo tổng hợp của quý, xem trước và gửi vào nhóm (thư ký, chủ trì)
questions-not-registered = Anh/chị chưa được đăng ký với khối nên chưa xem được số liệu. Hãy xin thư ký khối một đường dẫn mời.
questions-help = Anh/chị có thể hỏi, có dấu hoặc không dấu:
  • “kết quả quý IV” hoặc “kq quy 4 nam 2023”
  • “Hội Nông dân quý 3”, “kết nạp đảng viên năm 2023”
  • “so sánh quý IV với quý III”, “quý 4 so với cùng kỳ”
  • “ai chưa nộp”, “tiến độ”
  • “6 tháng đầu năm”, “9 tháng”, “năm 2023”
questions-not-understood = Tôi chưa hiểu câu hỏi. { questions-help }
questions-trace-button = 🔎 Nguồn số liệu
questions-no-data = Chưa có số liệu nào được nộp cho kỳ này.
briefing-usage = Cách dùng: /baocao hoặc /baocao quý IV/2023.
briefing-preview = Trên đây là bản xem trước báo cáo { $period }. Bấm nút để gửi vào nhóm giao ban.
briefing-preview-no-group = Trên đây là bản xem trước báo cáo { $period }. Khối chưa liên kết nhóm: thư ký gõ /nhom trong nhóm giao ban để liên kết.
briefing-post-button = 📤 Gửi vào nhóm
briefing-no-group = Khối chưa liên kết nhóm giao ban trên kênh này. Thư ký gõ /nhom trong nhóm để liên kết.
briefing-post-refused = Không gửi được báo cáo { $period } vào nhóm giao ban: có thể bot đã bị xóa khỏi nhóm hoặc không còn quyền gửi tin. Xin thêm lại bot vào nhóm (thư ký gõ /nhom trong nhóm), rồi bấm gửi lại.
briefing-posted = Đã gửi báo cáo { $period } vào nhóm (lần { $version }).
briefing-already-posted = Báo cáo { $period } đã được gửi vào nhóm (lần { $version }). Muốn gửi bản mới, gõ /baocao để xem lại rồi bấm gửi.
