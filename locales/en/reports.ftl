# Answers about results and progress, the trace of figures, and the compiled briefing.

reports-trace-source = { $organisation }, { $period }
reports-trace = Version { $version }, confirmed by { $person } at { $time }.
reports-trace-changes = Changed since version { $previous }: { $changes }.
reports-trace-no-changes = Figures unchanged since version { $previous } (only the texts were edited).
reports-trace-change = { $indicator } { $before } → { $after }
reports-trace-earlier = Version { $version }: confirmed by { $person } at { $time }.
reports-results-title = Results for { $period } ({ $submitted }/{ $asked } organisations submitted in full)
reports-no-data = No figures have been submitted for { $period } yet.
reports-compared-with = Compared with { $period }.
reports-totals = All organisations
reports-total-reported = from the reports of { $counted }/{ $reporting } organisations,
reports-total-incomplete = (no figure yet: { $names })
reports-total-partial = ({ $count } organisations lack some quarters)
reports-partial-period = ({ $count } quarters without figures)
reports-not-submitted = has not submitted
reports-missing = no figure
reports-version = (version { $version })

reports-progress-title = Submissions for { $period }: { $submitted }/{ $total } organisations have submitted.
reports-deadline-ahead = Deadline: { $date } ({ $days } days left).
reports-deadline-today = Deadline: today, { $date }.
reports-deadline-passed = Deadline: { $date } ({ $days } days overdue).
reports-progress-submitted = Submitted
reports-progress-missing = Not yet submitted
reports-progress-all = Every organisation has submitted.
reports-progress-meeting = Giao ban meeting: { $at }
reports-progress-meeting-place = at { $place }
reports-progress-meeting-chair = chaired by { $chair }
reports-progress-extended = Extended for { $organisation } until { $date }.
reports-progress-extended-all = Extended for every organisation until { $date }.
reports-late = (late)
reports-late-quarters = (late for { $quarters })

reports-briefing-title = Activities of the Fatherland Front and the socio-political organisations, { $area }, { $period }
reports-briefing-updated = (update { $version })
reports-briefing-compiled = Compiled on { $date } from the reports of { $submitted }/{ $total } organisations.
reports-briefing-opening = In { $period }, the Fatherland Front and the socio-political organisations carried out their programmes of work.
reports-briefing-achievements = Across the { $level -> [commune] commune
   *[province] province
}, they { $achievements }.
reports-briefing-totals = Shared indicators across the { $level -> [commune] commune
   *[province] province
}: { $totals }.
reports-briefing-no-totals = There are no shared figures to total yet.
reports-briefing-limitations = Limitations and difficulties
reports-briefing-limitations-intro = Alongside the results, some limitations and difficulties remain:
reports-briefing-limitations-none = No limitations or difficulties were reported this quarter.
reports-briefing-proposals = Proposals
reports-briefing-next-tasks = Key tasks for { $period }
reports-briefing-missing = <b>Not yet submitted ({ $count }):</b> { $names }.
reports-briefing-all-submitted = All { $total }/{ $total } organisations have submitted.
reports-quarters-without-reports = No organisation has submitted for { $quarters }: the figures cover the quarters reported.
reports-as-of = (as of { $period })
reports-compared-common = against { $period } over the { $count } organisations reporting both: now { $current }, { $comparison }

reports-ranking-title = Ranking by { $indicator }, { $period }
reports-ranking-most = Highest: { $names } ({ $value }).
reports-ranking-least = Lowest: { $names } ({ $value }).
reports-ranking-missing = No figure yet: { $names }.
reports-ranking-which = Ranked by which indicator? Please say, e.g. "đơn vị nào kết nạp nhiều đảng viên nhất". Indicators several organisations report: { $indicators }.

reports-texts-title = { $section } — reports for { $period }
reports-section-highlights = Highlights
reports-section-limitations = Limitations and difficulties
reports-section-proposals = Proposals
reports-section-next_tasks = Next quarter's tasks
reports-texts-silent = Nothing written: { $names }.
reports-texts-not-submitted = Not submitted: { $names }.
