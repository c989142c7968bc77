role-admin = thư ký
role-chair = chủ trì
role-representative = đại diện đơn vị
role-viewer = theo dõi
access-only-private = Lệnh { $command } chỉ dùng trong trò chuyện riêng với bot. Anh/chị hãy nhắn riêng cho bot.
access-only-group = Lệnh { $command } chỉ dùng trong nhóm giao ban của khối.
access-role = Chỉ { $roles } mới dùng được lệnh { $command }. Nếu anh/chị cần việc này, xin liên hệ thư ký khối.
access-not-registered = Anh/chị chưa được đăng ký với khối nên chưa dùng được lệnh { $command } (dành cho { $roles }). Hãy xin thư ký khối một đường dẫn mời rồi mở nó để đăng ký.
