invite-created = Đã tạo lời mời { $role }{ $organisation }.
  Gửi đường dẫn này cho người được mời (dùng một lần, hết hạn ngày { $expires }):
  { $link }
  Mã mời: { $code } (hủy bằng /moi huy { $code })
invite-created-by-command = Đã tạo lời mời { $role }{ $organisation }.
  Người được mời nhắn cho bot (dùng một lần, hết hạn ngày { $expires }):
  /start { $code }
  Mã mời: { $code } (hủy bằng /moi huy { $code })
invite-organisation-suffix = { " " }— { $name }
invite-of-organisation = { " " }của { $name }
invite-usage = Cách mời: /moi &lt;đơn vị&gt; [vai trò], ví dụ “/moi Hội Nông dân” (đại diện đơn vị), “/moi chủ trì”, “/moi thư ký”, “/moi theo dõi”. Đơn vị: { $list }.
invite-org-unknown = Không tìm thấy đơn vị “{ $query }”. Các đơn vị của khối: { $list }.
invite-org-ambiguous = “{ $query }” có thể là nhiều đơn vị: { $list }. Xin gõ rõ hơn.
invite-revoke-done = Đã hủy lời mời { $code }.
invite-revoke-unknown = Không có lời mời đang chờ nào mang mã { $code }.
invite-pending-title = <b>Lời mời đang chờ</b>
invite-pending-line = • { $code } — { $role }{ $organisation } (hết hạn { $expires })
invite-pending-none = Không có lời mời nào đang chờ.
invite-unknown = Mã mời này không đúng. Xin kiểm tra lại đường dẫn, hoặc xin thư ký khối một lời mời mới.
invite-expired = Lời mời này đã hết hạn. Xin thư ký khối gửi một lời mời mới.
invite-used = Lời mời này đã được dùng. Mỗi lời mời chỉ dùng được một lần; xin thư ký khối gửi lời mời mới nếu cần.
invite-revoked = Lời mời này đã bị thư ký hủy. Xin thư ký khối gửi lời mời mới nếu cần.
invite-welcome = Chào mừng { $name }! Anh/chị đã được đăng ký là { $role }{ $organisation } trong { $bloc }.
invite-next-representative = Khi đến kỳ báo cáo, gõ /nop để nộp số liệu quý của đơn vị; bot sẽ hỏi lần lượt từng chỉ tiêu. Gõ /trogiup để xem các lệnh.
invite-next-chair = Anh/chị có thể hỏi “kết quả quý IV”, “ai chưa nộp”, hoặc gõ /baocao để xem báo cáo tổng hợp. Gõ /trogiup để xem các lệnh.
invite-next-admin = Anh/chị có thể mời thành viên (/moi), liên kết nhóm (/nhom), xem thành viên (/thanhvien). Gõ /trogiup để xem các lệnh.
invite-next-viewer = Anh/chị có thể hỏi “kết quả quý IV”, “ai chưa nộp”. Gõ /trogiup để xem các lệnh.
invite-too-many = Anh/chị đã nhập sai mã mời { $count } lần trong một giờ, nên tạm thời bot không nhận mã mời nào nữa. Xin thử lại sau { $retryAt }, bằng đường dẫn mời thư ký khối đã gửi; nếu không có, xin thư ký khối một lời mời mới.
