# Reading the organisation's own report (a Word file, or its text pasted): nothing is stored before it is confirmed.
report-read = 📄 Read { $source }: found figures for { $figures }/{ $indicators } indicators and { $texts }/4 text sections.
  Nothing is saved yet. The bot asks item by item: tap “Right” if the figure is right, “Change” to type another, “Skip” if there is none yet; or check them all on the review card and tap “All right”.
report-source-document = the file “{ $file }”
report-source-pasted = the report text you pasted
report-read-more = 📄 Added this message to the report text just pasted: now figures for { $figures }/{ $indicators } indicators and { $texts }/4 text sections.
report-nothing-found = 📄 The bot opened { $source } but found no figure of { $organisation } in it, nor the sections on highlights, limitations, proposals or next tasks. Answer the questions as usual, or send the quarter's report file.
report-other-period = ⚠️ This report says { $found }, while you are submitting { $period }. Check it is the right report before confirming.
report-not-docx-pdf = The bot cannot read the PDF “{ $file }” yet. Send the report's Word version (.docx), or copy the report's text and paste it here.
report-not-docx-doc = “{ $file }” is an old Word file (.doc), which the bot cannot read. Open it in Word, choose Save As → “Word Document (.docx)” and send it again; or paste the report's text here.
report-not-docx-other = The bot reads reports as Word files (.docx) only, and “{ $file }” is not one. Send a .docx file, or paste the report's text here.
report-too-big = The file “{ $file }” is { $size } MB, over the { $limit } MB the bot takes. Remove pictures from it and send it again, or paste the report's text here.
report-broken = The bot could not open “{ $file }” as a Word file (.docx): it may be damaged or not a Word file. Open it in Word, save it as .docx and send it again; or paste the report's text here.
report-too-big-unsized = The file “{ $file }” is over the { $limit } MB the bot takes. Remove pictures from it and send it again, or paste the report's text here.
report-download-failed = The bot could not download “{ $file }”. Send it again in a few minutes, or paste the report's text here.
report-photo = The bot cannot read a photographed report yet. Send the report's Word file (.docx), paste its text here, or type each figure.
report-not-now = Answer the question on screen first, then send the report again when the bot asks for an indicator.
report-start-first = Send the Word file (.docx) again when the bot asks for the figures.

report-found-one = 📄 In the report: <b>{ $value }</b>
  “{ $sentence }”
  Is this figure right?
report-found-several = 📄 The report has { $count } figures that may be this indicator; choose the right one:
report-found-option = { $number }. <b>{ $value }</b>: “{ $sentence }”
report-found-text = 📄 In the report, under “{ $heading }”:
  { $text }
  Is this text right?
report-right = Right
report-change = Change
report-skip = Skip
report-other-value = Type another figure
report-type-figure = Type the right figure for { $name }.
report-type-text = Type the right text for { $section }.

review-proposed = <b>{ $value }</b> (not confirmed, 📄 “{ $sentence }”)
review-proposed-several = { $count } figures proposed, none chosen
review-proposed-text = (not confirmed, 📄 under “{ $heading }”) { $text }
review-accept-all = ✅ All { $count } proposals right
review-proposals-pending = { $count } items the bot read from the report are not confirmed yet. Tap “All right” if you checked them, or “Edit” to see each; where there are several figures, choose the right one.
review-accepted-all = ✔ Took { $count } items the bot read from the report.
report-see-card = 📋 See everything on the card
review-prompt-proposed = The 📄 items the bot read from the report are not saved yet. If you checked them, tap “All right”, then “Confirm” to submit; tap “Edit” to see or choose each.
