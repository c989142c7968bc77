# Reminders before the deadline, /nhac, and the console's clock.
cmd-remind = nhắc ngay các đơn vị chưa nộp báo cáo quý (thư ký)

reminder-days-left = { $days ->
    [0] hạn cuối là hôm nay
   *[other] còn { $days } ngày
  }
reminder-representative = Kính nhắc đồng chí: <b>{ $organisation }</b> chưa gửi báo cáo { $period }. Hạn nộp: { $deadline } ({ reminder-days-left }).
  Bấm “Nộp báo cáo” để nhập ngay; bản nháp đã nhập dở vẫn được giữ.
reminder-group = Nhắc hạn báo cáo { $period } (hạn nộp { $deadline }, { reminder-days-left }): còn { $count }/{ $total } đơn vị chưa gửi: { $names }.
reminder-escalation-meeting = Kính gửi đồng chí: ngày mai ({ $date }) họp giao ban { $period }. Còn { $count }/{ $total } đơn vị chưa gửi báo cáo: { $names }.
reminder-escalation-deadline = Kính gửi đồng chí: ngày mai ({ $date }) là hạn nộp báo cáo { $period }. Còn { $count }/{ $total } đơn vị chưa gửi: { $names }.
reminder-manual = Văn phòng kính nhắc đồng chí: <b>{ $organisation }</b> chưa gửi báo cáo { $period }. Hạn nộp: { $deadline }.
reminder-button-submit = 📝 Nộp báo cáo
reminder-button-opt-out = 🔕 Không nhắc quý này
reminder-opted-out = Đã ghi nhận: bot sẽ không nhắc đồng chí về { $period } nữa. Khi cần, gõ /nop để nộp.

remind-no-quarter = Hiện không có quý nào đang thu báo cáo, nên không có ai để nhắc.
remind-all-submitted = Tất cả đơn vị đã gửi báo cáo { $period }: không cần nhắc ai.
remind-done = Đã nhắc { $count } đơn vị chưa gửi báo cáo { $period }:
remind-nobody-reached = Chưa nhắc được đơn vị nào trong số chưa gửi báo cáo { $period }.
remind-line = • { $organisation }: { $people }
remind-unreachable = Chưa có người đại diện để nhắc (mời bằng /moi): { $names }.
remind-opted-out = Đã xin không nhắc quý này: { $names }.
