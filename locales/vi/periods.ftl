# Periods as reports write them.
period-quarter = quý { $roman }/{ $year }
period-first-half = 6 tháng đầu năm { $year }
period-second-half = 6 tháng cuối năm { $year }
period-nine-months = 9 tháng năm { $year }
period-quarters = quý { $from }–{ $to }/{ $year }
period-year = năm { $year }
