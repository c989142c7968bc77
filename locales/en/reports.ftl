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
reports-briefing-meeting = On { $date }{ $place ->
    [none] {""}
   *[other] , at { $place }
}, { $convener ->
    [none] the giao ban meeting of the { $bloc } was held to review
   *[other] { $convener } held the giao ban meeting of the { $bloc } to review
} the work of { $period }.
reports-briefing-chair = { $chair } chaired the meeting{ $attendees ->
    [none] .
   *[other] ; attending were { $attendees }.
}
reports-briefing-attendees = Attending were { $attendees }.
# Whether the catalog's phrases (written in Vietnamese) are used: yes, or no for the indicator's name and figure.
reports-briefing-phrases = no
reports-briefing-opening = In { $period }, the Fatherland Front and the socio-political organisations carried out their programmes of work.
reports-briefing-achievements = Across the { $level -> [commune] commune
   *[province] province
}: { $achievements }.
reports-briefing-totals = Shared indicators across the { $level -> [commune] commune
   *[province] province
}: { $totals }.
reports-briefing-partial-achievements = According to the reports of { $counted }/{ $reporting } organisations (not including { $absent }): { $achievements }.
reports-briefing-partial-totals = According to the reports of { $counted }/{ $reporting } organisations (not including { $absent }), shared indicators: { $totals }.
reports-briefing-compared-over = (over the { $count }/{ $of } organisations with figures in both periods)
reports-briefing-no-totals = There are no shared figures to total yet.
reports-briefing-late = late
reports-briefing-on-behalf = entered by the secretariat: { $by }
reports-briefing-limitations-intro = Alongside the results, some limitations and difficulties remain:
reports-briefing-limitations-none = No limitations or difficulties were reported.
reports-briefing-loss-total = { $name } { $scope ->
    [commune] across the commune
    [province] across the province
   *[partial] according to the reports of { $counted }/{ $reporting } organisations (not including { $absent })
}: { $amount } ({ $parts }).
reports-briefing-falls = Some indicators fell: { $falls }.
reports-briefing-proposals = The organisations propose:
reports-briefing-next-tasks = For { $period }, the organisations set these key tasks:
reports-briefing-missing = Not yet submitted ({ $count }): { $names }.
reports-briefing-missing-figures = No figure yet: { $list }.
reports-briefing-all-submitted = All { $total }/{ $total } organisations have submitted.
reports-briefing-conclusions = Concluding the meeting, { $chair } asked the Fatherland Front and the socio-political organisations to focus on these tasks:
reports-briefing-chair-unnamed = the chair of the meeting
reports-briefing-point = { $n ->
    [1] First
    [2] Second
    [3] Third
    [4] Fourth
    [5] Fifth
    [6] Sixth
    [7] Seventh
    [8] Eighth
    [9] Ninth
    [10] Tenth
   *[other] Point { $n }
}, { $text }
reports-briefing-directions = For each organisation: { $directions }.
reports-briefing-partial = Not every quarter submitted ({ $count }): { $names }.
reports-briefing-title-final = Conclusions of the giao ban meeting of the Fatherland Front and the socio-political organisations, { $area }, { $period }
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
reports-trace-from-document = Figures read by the bot from the report file “{ $file }” (read at { $time }), each confirmed by the submitter.
reports-trace-from-pasted = Figures read by the bot from the report's pasted text (read at { $time }), each confirmed by the submitter.
