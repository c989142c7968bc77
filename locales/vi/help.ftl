help-title = <b>Các lệnh của trợ lý giao ban</b>
help-questions = Có thể hỏi bằng lời, có dấu hoặc không dấu, ví dụ: “kết quả quý IV”, “ai chưa nộp”, “Hội Nông dân quý 3”, “Hội Nông dân có kiến nghị gì”, “đơn vị nào kết nạp nhiều đảng viên nhất”.
cmd-start = bắt đầu, đăng ký bằng mã mời
cmd-help = danh sách lệnh và cách hỏi
