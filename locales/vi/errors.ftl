error-internal = Xin lỗi, đã có lỗi khi xử lý tin nhắn này. Những gì anh/chị đã nhập trước đó vẫn được lưu. Vui lòng thử lại sau ít phút; nếu vẫn lỗi, xin báo thư ký.
