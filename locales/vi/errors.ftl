error-internal = Xin lỗi, đã có lỗi khi xử lý tin nhắn này. Những gì anh/chị đã nhập trước đó vẫn được lưu. Vui lòng thử lại sau ít phút; nếu vẫn lỗi, xin báo thư ký.
button-expired = Nút này đã hết hạn vì câu hỏi của nó đã kết thúc. Gõ /nop để nộp hoặc tiếp tục báo cáo (bản nháp vẫn được giữ), hoặc /trogiup để xem các lệnh.
