group-linked = Đã liên kết nhóm này với { $bloc }. Tiến độ nộp báo cáo và báo cáo tổng hợp sẽ được gửi vào đây.
group-removed = Bot đã bị xóa khỏi nhóm “{ $title }” của { $bloc }: tiến độ và báo cáo sẽ không được gửi vào nhóm nữa. Thêm bot vào lại nhóm rồi gõ /nhom để liên kết lại.
group-muted = Bot không còn quyền gửi tin trong nhóm “{ $title }” của { $bloc }. Xin cấp lại quyền gửi tin cho bot trong phần quản trị nhóm.
group-not-linked = Nhóm này chưa được liên kết với khối nào, nên bot không trả lời ở đây. Thư ký khối gõ /nhom trong nhóm này để liên kết.
