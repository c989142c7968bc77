# Periods as reports write them.
period-quarter = Q{ $number }/{ $year }
period-first-half = the first half of { $year }
period-second-half = the second half of { $year }
period-nine-months = the first nine months of { $year }
period-quarters = quarters { $from }–{ $to } of { $year }
period-year = { $year }
