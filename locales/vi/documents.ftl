# The briefing as files: the Word document (Decree 30/2020), the spreadsheet, the chart, and their delivery.

docs-issuer-above = Ủy ban MTTQ Việt Nam { $area }
docs-issuer = Ban Thường trực
docs-nation = CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
docs-slogan = Độc lập - Tự do - Hạnh phúc
docs-number = Số:        /BC-MTTQ-BTT
docs-place-date = { $place }, ngày { $day } tháng { $month } năm { $year }
docs-title = Báo cáo
docs-annex-title = Phụ lục
docs-annex-subtitle = Số liệu của các tổ chức { $period }, so với { $previous }
docs-annex-reference = (Kèm theo Báo cáo số        /BC-MTTQ-BTT ngày { $day } tháng { $month } năm { $year } của { $body } { $above })
docs-annex-pointer = Số liệu chi tiết của các tổ chức tại Phụ lục kèm theo.
docs-annex-number = TT
docs-annex-indicator = Tổ chức / Chỉ tiêu
docs-annex-unit = Đơn vị tính
docs-annex-change = Tăng (+), giảm (-)
docs-signature-capacity = TM. Ban Thường trực
docs-signature-role = Phó Chủ tịch
docs-recipients = Nơi nhận:
docs-recipient-lines =
    - Thường trực Tỉnh ủy (b/c);
    - Ban Dân vận Tỉnh ủy;
    - Các tổ chức chính trị - xã hội;
    - Lưu: VT.
docs-sheet-counted = Số đơn vị có số liệu
docs-sheet-total = Tổng cộng
docs-sheet-organisation = Tổ chức
docs-files-offer = Tải báo cáo { $period } dạng tệp:
docs-button-word = 📄 Word
docs-button-excel = 📊 Excel
docs-caption-word = Báo cáo { $period } (Word, theo Nghị định 30/2020/NĐ-CP).
docs-caption-excel = Số liệu các tổ chức { $period } và các quý trước (Excel).
docs-no-files-here = Kênh này không gửi được tệp. Hãy mở bot trên Telegram và gõ /baocao để tải báo cáo dạng Word, Excel hoặc biểu đồ.
docs-chart-title = Các chỉ tiêu chung theo tổ chức, { $period }
docs-chart-trend-title = Tổng các đơn vị có số liệu, qua các quý
docs-chart-coverage = { $counted }/{ $reporting } đơn vị
docs-button-chart = 📈 Biểu đồ
docs-caption-chart = Biểu đồ { $period }: các chỉ tiêu chung theo tổ chức và qua các quý.
