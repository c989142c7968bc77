# Locking a quarter (/khoa, /mo) and the secretariat entering reports for organisations (/nop Hội Nông dân)

cmd-unlock = mở lại một quý đã khóa: /mo, /mo quý IV/2023 (thư ký)
lock-confirm-missing = Báo cáo { $period }: { $submitted }/{ $total } đơn vị đã nộp. Còn thiếu: { $missing }. Khóa thì sau đó chỉ thư ký sửa được. Anh/chị có chắc muốn khóa?
lock-confirm-all-in = Cả { $total } đơn vị đã nộp báo cáo { $period }. Khóa quý?
lock-confirm-button = Khóa { $period }
lock-refuse-button = Không khóa
lock-refused = Chưa khóa: báo cáo { $period } vẫn mở.
lock-already = Báo cáo { $period } đã khóa rồi. Gõ /mo để mở lại.
lock-not-locked = Báo cáo { $period } đang mở, chưa khóa.
group-locked = 🔒 Báo cáo { $period } đã khóa: cả khối đã nộp đủ.
group-locked-missing = 🔒 Báo cáo { $period } đã khóa. Chưa nộp: { $missing }.
group-unlocked = 🔓 Báo cáo { $period } đã được mở lại.
submit-locked-admin = Báo cáo { $period } đã khóa. Để sửa báo cáo của một đơn vị, gõ /nop và tên đơn vị, ví dụ /nop Hội Nông dân.
submit-which-organisation = Anh/chị nhập hộ báo cáo cho đơn vị nào? (Đơn vị chưa nộp ở trên.)
submit-org-unknown = Không tìm thấy đơn vị “{ $query }”. Các đơn vị của khối: { $list }.
submit-org-ambiguous = “{ $query }” có thể là nhiều đơn vị: { $list }. Xin gõ rõ hơn.
submit-on-behalf = Thư ký nhập hộ báo cáo { $period } của { $organisation }.
submit-on-behalf-after-lock = Báo cáo { $period } đã khóa: thư ký sửa hộ { $organisation }. Bản sửa được ghi lại là sửa sau khi khóa.
submit-on-behalf-after-lock-new = Báo cáo { $period } đã khóa: thư ký nhập hộ báo cáo của { $organisation }, đơn vị chưa nộp. Bản nhập được ghi lại là nhập sau khi khóa.
submit-receipt-on-behalf = Thư ký nhập hộ; đại diện của { $organisation } đã được báo.
submit-on-behalf-told = Thư ký khối ({ $by }) đã nhập hộ báo cáo { $period } của { $organisation } (lần { $version }). Gõ /nop để xem hoặc sửa.
submit-on-behalf-told-corrected = Thư ký khối ({ $by }) đã sửa báo cáo { $period } của { $organisation } (lần { $version }). Gõ /nop để xem.
version-on-behalf = thư ký nhập hộ ({ $by })
version-after-lock = sửa sau khi khóa
