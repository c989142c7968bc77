cmd-results = kết quả theo kỳ, đơn vị, chỉ tiêu: /ketqua quý IV/2023
cmd-status = ai đã nộp, ai chưa nộp, hạn nộp
cmd-report = báo cáo tổng hợp của quý, xem trước và gửi vào nhóm (thư ký, chủ trì)
questions-not-registered = Anh/chị chưa tham gia khối nên chưa xem được số liệu.
questions-stranger-hello = Xin chào { $name }! Tôi là trợ lý thư ký hội nghị giao ban: tôi nhận báo cáo quý của các đơn vị, trả lời câu hỏi về số liệu và tổng hợp báo cáo.
questions-stranger-bloc = Tôi phục vụ { $bloc }.
questions-how-to-join = Để tham gia, xin thư ký khối gửi cho anh/chị một lời mời (thư ký tạo bằng lệnh /moi), rồi mở đường dẫn mời, hoặc gõ /start kèm mã mời.
questions-help = Anh/chị có thể hỏi, có dấu hoặc không dấu:
  • “kết quả quý IV” hoặc “kq quy 4 nam 2023”
  • “Hội Nông dân quý 3”, “kết nạp đảng viên năm 2023”
  • “so sánh quý IV với quý III”, “quý 4 so với cùng kỳ”
  • “đơn vị nào kết nạp nhiều đảng viên nhất”, “xếp hạng các đơn vị theo hội viên mới”
  • “Hội Nông dân có kiến nghị gì”, “các đơn vị có khó khăn gì”, “nhiệm vụ quý tới”
  • “ai chưa nộp”, “Hội Nông dân nộp lúc nào”
  • “6 tháng đầu năm”, “9 tháng”, “năm 2023”
questions-not-understood = Tôi chưa hiểu câu hỏi. { questions-help }
questions-hello = Xin chào { $name }!
questions-thanks = Không có gì ạ, rất vui được giúp { $name }.
questions-can-admin = Là thư ký, anh/chị có thể mời thành viên (/moi), liên kết nhóm (/nhom), khóa quý (/khoa), xem thành viên (/thanhvien), hỏi kết quả và xem báo cáo tổng hợp (/baocao).
questions-can-chair = Là chủ trì, anh/chị có thể hỏi kết quả (“kết quả quý IV”, “ai chưa nộp”) và xem báo cáo tổng hợp (/baocao).
questions-can-representative = Là đại diện { $organisation }, anh/chị gõ /nop để nộp hoặc sửa báo cáo quý của đơn vị, và có thể hỏi kết quả như “kết quả quý IV”.
questions-can-viewer = Anh/chị có thể hỏi kết quả, ví dụ “kết quả quý IV”, “ai chưa nộp”.
questions-more = Gõ /trogiup để xem các lệnh.
questions-submit-offer = Để nộp báo cáo quý của { $organisation }, gõ /nop: tôi sẽ hỏi lần lượt từng chỉ tiêu, rồi anh/chị xem lại và xác nhận.
questions-correct-offer = Để sửa báo cáo của { $organisation }, gõ /nop: báo cáo đã nộp được mở lại, anh/chị sửa mục cần sửa rồi xác nhận lại; lần sửa được ghi lại.
questions-submit-private = Việc nộp và sửa báo cáo làm trong trò chuyện riêng: xin nhắn riêng cho bot và gõ /nop.
questions-submit-who = Báo cáo của mỗi đơn vị do đại diện của đơn vị đó nộp và sửa (lệnh /nop, nhắn riêng cho bot). Nếu đơn vị chưa có đại diện, thư ký khối tạo lời mời bằng /moi kèm tên đơn vị.
questions-nonexistent-quarter = Không có quý { $quarter }: một năm có bốn quý, từ quý I đến quý IV. Ví dụ: “kết quả quý IV”.
questions-future-period = Chưa có số liệu cho { $period }: kỳ này chưa đến. Tôi chỉ trả lời từ báo cáo các đơn vị đã nộp, không dự báo.
questions-forecast = Tôi không dự báo được: tôi chỉ trả lời từ báo cáo các đơn vị đã nộp. Có thể hỏi số liệu đã có, ví dụ “kết quả { $period }” hoặc “{ $period } so với cùng kỳ”.
questions-unknown-organisation = “{ $name }” không thuộc khối nên không có số liệu. Các đơn vị của khối: { $list }.
questions-unknown-indicator = Danh mục chỉ tiêu của khối không có “{ $name }”, nên tôi không trả lời bằng một chỉ tiêu khác. Xem các chỉ tiêu bằng /danhmuc.
questions-unknown-indicator-nearest = Gần nhất: { $names }.
questions-unknown-command = Không có lệnh { $command }. Gõ /trogiup để xem các lệnh, hoặc hỏi bằng lời, ví dụ “kết quả quý IV”.
questions-trace-button = 🔎 Nguồn số liệu
questions-no-data = Chưa có số liệu nào được nộp cho kỳ này.
briefing-usage = Cách dùng: /baocao (quý đang báo cáo), /baocao quý IV/2023, /baocao 6 tháng đầu năm 2024, /baocao 9 tháng hoặc /baocao năm 2023; /baocao phienban (các bản đã đăng), /baocao phienban 2 (xem lại bản 2).
briefing-future = Chưa thể tổng hợp báo cáo { $period }: kỳ này chưa bắt đầu. Gõ /baocao cho quý đang báo cáo, hoặc /baocao kèm một kỳ đã qua (ví dụ /baocao năm 2023).
briefing-nothing-reported = Chưa có đơn vị nào nộp báo cáo cho quý nào của { $period }, nên chưa có gì để tổng hợp. Gõ /tiendo để xem tiến độ nộp báo cáo, hoặc chọn kỳ khác.
briefing-preview = Trên đây là bản xem trước báo cáo { $period }. Sửa các phần bằng các nút dưới đây, rồi bấm “Đăng lên nhóm” để gửi vào nhóm giao ban.
briefing-preview-no-group = Trên đây là bản xem trước báo cáo { $period }. Khối chưa liên kết nhóm: thư ký gõ /nhom trong nhóm giao ban để liên kết.
briefing-post-button = 📤 Đăng lên nhóm
briefing-no-group = Khối chưa liên kết nhóm giao ban trên kênh này. Thư ký gõ /nhom trong nhóm để liên kết.
briefing-post-refused = Không gửi được báo cáo { $period } vào nhóm giao ban: có thể bot đã bị xóa khỏi nhóm hoặc không còn quyền gửi tin. Xin thêm lại bot vào nhóm (thư ký gõ /nhom trong nhóm), rồi bấm gửi lại.
briefing-posted = Đã gửi báo cáo { $period } vào nhóm (lần { $version }).
briefing-already-posted = Báo cáo { $period } đã được gửi vào nhóm (lần { $version }). Muốn gửi bản mới, gõ /baocao để xem lại rồi bấm gửi.
