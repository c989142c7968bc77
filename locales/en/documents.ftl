# The briefing as files: the Word document (Decree 30/2020), the spreadsheet, the chart, and their delivery.

docs-issuer-above = Vietnam Fatherland Front Committee of { $area }
docs-issuer = Standing Committee
docs-nation = SOCIALIST REPUBLIC OF VIETNAM
docs-slogan = Independence - Freedom - Happiness
docs-number = No.:        /BC-MTTQ-BTT
docs-place-date = { $place }, { $day }/{ $month }/{ $year }
docs-title = Report
docs-annex-title = Annex
docs-annex-subtitle = Figures of the organisations, { $period }, against { $previous }
docs-annex-reference = (Attached to Report No.        /BC-MTTQ-BTT of { $day }/{ $month }/{ $year } by the { $body } of the { $above })
docs-annex-pointer = The organisations' figures in detail are in the Annex.
docs-annex-number = No.
docs-annex-indicator = Organisation / Indicator
docs-annex-unit = Unit
docs-annex-change = Change
docs-signature-capacity = For the Standing Committee
docs-signature-role = Vice Chair
docs-recipients = Recipients:
docs-recipient-lines =
    - Standing Committee of the Provincial Party Committee (for information);
    - Mass Mobilisation Commission;
    - The socio-political organisations;
    - Archive.
docs-sheet-counted = Organisations with a figure
docs-sheet-total = Total
docs-sheet-organisation = Organisation
docs-files-offer = Download the report for { $period } as a file:
docs-button-word = 📄 Word
docs-button-excel = 📊 Excel
docs-caption-word = Report for { $period } (Word, Decree 30/2020 format).
docs-caption-excel = Figures of the organisations, { $period } and the quarters before (Excel).
docs-no-files-here = This channel cannot carry files. Open the bot on Telegram and type /baocao to download the report as Word, Excel or a chart.
docs-chart-title = Shared indicators by organisation, { $period }
docs-chart-trend-title = Total of the organisations with figures, quarter by quarter
docs-chart-coverage = { $counted }/{ $reporting } organisations
docs-button-chart = 📈 Chart
docs-caption-chart = Chart for { $period }: the shared indicators by organisation and by quarter.
