# The console chat (npm start without a token): what the terminal shows around the bot's replies.
console-help =
    Trò chuyện với bot ngay trong cửa sổ này (chat with the bot here).
      /as <id>     đổi người đang gõ (switch who is speaking), e.g. /as 9102
      /group       chuyển sang nhóm giao ban (speak in the group chat)
      /private     về trò chuyện riêng (back to the private chat)
      /dongho      giờ của bot; /dongho +2d, +3h, 2023-11-21 08:00 để chỉnh (rồi gửi lời nhắc đến hạn)
      /tep <đường dẫn>  gửi tệp báo cáo Word (.docx) cho bot, như gửi tệp trên Telegram (send a report file)
      """          dòng """ mở và đóng một tin nhắn nhiều dòng: dán báo cáo vào giữa (a multi-line message)
      /quit        thoát (exit)
    Các nút bấm hiện thành số: gõ số để chọn (buttons are numbered: type the number).
console-group-tag = [nhóm]
console-edited-tag = (sửa)
console-user-name = Người dùng { $id }
console-prompt-private = riêng
console-prompt-group = nhóm
console-to-tag = [→ { $id }]
console-clock-now = 🕰 Giờ của bot: { $time }
console-clock-usage = Cách dùng: /dongho (xem giờ), /dongho +2d, /dongho +3h, /dongho 2023-11-21 08:00
console-clock-nothing-due = (không có lời nhắc nào đến hạn)
console-file-missing = Không thấy tệp { $path }.
