# Reminders before the deadline, /remind, and the console's clock.
cmd-remind = remind the organisations that have not submitted the quarter, now (secretariat)

reminder-days-left = { $days ->
    [0] the deadline is today
    [one] 1 day left
   *[other] { $days } days left
  }
reminder-representative = A reminder: <b>{ $organisation }</b> has not sent its report for { $period } yet. Deadline: { $deadline } ({ reminder-days-left }).
  Press “Submit the report” to enter it now; a draft started earlier is kept.
reminder-group = Reminder for { $period } (deadline { $deadline }, { reminder-days-left }): { $count }/{ $total } organisations have not sent their report: { $names }.
reminder-escalation-meeting = Tomorrow ({ $date }) is the giao ban meeting for { $period }. { $count }/{ $total } organisations have not sent their report: { $names }.
reminder-escalation-deadline = Tomorrow ({ $date }) is the deadline for { $period }. { $count }/{ $total } organisations have not sent their report: { $names }.
reminder-manual = The secretariat reminds you: <b>{ $organisation }</b> has not sent its report for { $period } yet. Deadline: { $deadline }.
reminder-button-submit = 📝 Submit the report
reminder-button-opt-out = 🔕 No reminders this quarter
reminder-opted-out = Noted: no more reminders to you about { $period }. Type /submit when you are ready.

remind-no-quarter = No quarter is being collected now, so there is nobody to remind.
remind-all-submitted = Every organisation has sent its report for { $period }: nobody to remind.
remind-done = Reminded { $count } organisations that have not sent their report for { $period }:
remind-nobody-reached = None of the organisations missing for { $period } could be reminded.
remind-line = • { $organisation }: { $people }
remind-unreachable = No representative to remind yet (invite one with /invite): { $names }.
remind-opted-out = Asked not to be reminded this quarter: { $names }.
