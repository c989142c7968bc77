# Locking a quarter (/khoa, /mo) and the secretariat entering reports for organisations (/nop Hội Nông dân)

cmd-unlock = reopen a locked quarter: /mo, /mo quý IV/2023 (admin)
lock-confirm-missing = Report for { $period }: { $submitted }/{ $total } organisations submitted. Missing: { $missing }. Once locked, only the secretariat can correct it. Lock it?
lock-confirm-all-in = All { $total } organisations submitted the report for { $period }. Lock the quarter?
lock-confirm-button = Lock { $period }
lock-refuse-button = Don't lock
lock-refused = Not locked: the report for { $period } stays open.
lock-already = The report for { $period } is locked already. Type /mo to reopen it.
lock-not-locked = The report for { $period } is open, not locked.
group-locked = 🔒 The report for { $period } is locked: every organisation submitted.
group-locked-missing = 🔒 The report for { $period } is locked. Not submitted: { $missing }.
group-unlocked = 🔓 The report for { $period } is open again.
submit-locked-admin = The report for { $period } is locked. To correct an organisation's report, type /nop and its name, e.g. /nop Hội Nông dân.
submit-which-organisation = Which organisation's report are you entering? (Those that have not submitted come first.)
submit-org-unknown = No organisation “{ $query }”. The bloc's organisations: { $list }.
submit-org-ambiguous = “{ $query }” could be several organisations: { $list }. Please be more specific.
submit-on-behalf = The secretariat enters the { $period } report of { $organisation }.
submit-on-behalf-after-lock = The report for { $period } is locked: the secretariat corrects it for { $organisation }. The correction is recorded as made after the lock.
submit-on-behalf-after-lock-new = The report for { $period } is locked: the secretariat enters it for { $organisation }, which never submitted. The entry is recorded as made after the lock.
submit-receipt-on-behalf = Entered by the secretariat; the representatives of { $organisation } have been told.
submit-on-behalf-told = The secretariat ({ $by }) entered the { $period } report of { $organisation } for you (version { $version }). Type /nop to see or correct it.
submit-on-behalf-told-corrected = The secretariat ({ $by }) corrected the { $period } report of { $organisation } (version { $version }). Type /nop to see it.
version-on-behalf = entered by the secretariat ({ $by })
version-after-lock = corrected after the lock
