cmd-results = results by period, organisation, indicator: /ketqua quý IV/2023
cmd-status = who has submitted, who has not, the deadline
cmd-report = the quarter's compiled briefing, preview and post to the group (admin, chair)
questions-not-registered = You have not joined the bloc yet, so you cannot see its figures.
questions-stranger-hello = Hello { $name }! I am the assistant of the giao ban secretariat: I collect the organisations' quarterly reports, answer questions about the figures and compile the briefing.
questions-stranger-bloc = I serve the { $bloc }.
questions-how-to-join = To join, ask the bloc's secretariat for an invite (they create one with /moi), then open the invite link, or type /start followed by the invite code.
questions-help = You can ask, in Vietnamese with or without diacritics:
  • "kết quả quý IV" or "kq quy 4 nam 2023" (results)
  • "Hội Nông dân quý 3", "kết nạp đảng viên năm 2023"
  • "so sánh quý IV với quý III", "quý 4 so với cùng kỳ" (comparisons)
  • "đơn vị nào kết nạp nhiều đảng viên nhất", "xếp hạng các đơn vị theo hội viên mới" (rankings)
  • "Hội Nông dân có kiến nghị gì", "các đơn vị có khó khăn gì", "nhiệm vụ quý tới" (what the reports say)
  • "ai chưa nộp", "Hội Nông dân nộp lúc nào" (who has not submitted, and when others did)
  • "6 tháng đầu năm", "9 tháng", "năm 2023"
questions-not-understood = I did not understand the question. { questions-help }
questions-hello = Hello { $name }!
questions-thanks = You are welcome, { $name }; glad to help.
questions-can-admin = As the secretariat, you can invite members (/moi), link the group (/nhom), lock a quarter (/khoa), list members (/thanhvien), ask for results and see the briefing (/baocao).
questions-can-chair = As the chair, you can ask for results ("kết quả quý IV", "ai chưa nộp") and see the briefing (/baocao).
questions-can-representative = As the representative of { $organisation }, type /nop to submit or correct the organisation's quarterly report; you can also ask for results such as "kết quả quý IV".
questions-can-viewer = You can ask for results, e.g. "kết quả quý IV", "ai chưa nộp".
questions-more = Type /help for the commands.
questions-submit-offer = To submit the quarterly report of { $organisation }, type /nop: I will ask for each indicator in turn, then you review and confirm.
questions-correct-offer = To correct the report of { $organisation }, type /nop: the submitted report is opened again, you change what needs changing and confirm again; the correction is recorded.
questions-submit-private = Reports are submitted and corrected in a private chat: message the bot privately and type /nop.
questions-submit-who = Each organisation's report is submitted and corrected by its representative (/nop, in a private chat with the bot). If an organisation has no representative yet, the bloc's secretariat invites one with /moi and the organisation's name.
questions-nonexistent-quarter = There is no quarter { $quarter }: a year has four quarters, I to IV. For example: "kết quả quý IV".
questions-future-period = There are no figures for { $period }: it has not come yet. I answer from the reports submitted only, and make no forecasts.
questions-forecast = I cannot forecast: I answer from the reports submitted only. You can ask for the figures there are, e.g. "kết quả { $period }" or "{ $period } so với cùng kỳ".
questions-unknown-organisation = "{ $name }" is not in the bloc, so there are no figures for it. The bloc's organisations: { $list }.
questions-unknown-indicator = The bloc's catalog has no indicator "{ $name }", so I do not answer with another one. See the indicators with /danhmuc.
questions-unknown-indicator-nearest = Closest: { $names }.
questions-unknown-command = There is no command { $command }. Type /help for the commands, or ask in words, e.g. "kết quả quý IV".
questions-trace-button = 🔎 Where the figures come from
questions-no-data = Nothing has been submitted for this period yet.
briefing-usage = Usage: /baocao (the quarter being reported), /baocao quý IV/2023, /baocao 6 tháng đầu năm 2024, /baocao 9 tháng or /baocao năm 2023; /baocao versions (the versions posted), /baocao versions 2 (version 2 again).
briefing-future = The briefing for { $period } cannot be compiled yet: the period has not begun. Type /baocao for the quarter being reported, or /baocao with a past period (for example /baocao năm 2023).
briefing-nothing-reported = No organisation has submitted a report for any quarter of { $period }, so there is nothing to compile. Type /tiendo to see who has submitted, or choose another period.
briefing-preview = Above is the preview of the briefing for { $period }. Edit its parts with the buttons below, then press “Post to the group”.
briefing-preview-no-group = Above is the preview of the briefing for { $period }. The bloc has no linked group: an admin types /nhom in the group to link it.
briefing-post-button = 📤 Post to the group
briefing-no-group = The bloc has no linked group on this channel. An admin types /nhom in the group to link it.
briefing-post-refused = The briefing for { $period } could not be posted to the group: the bot may have been removed from it or may no longer be allowed to post. Add the bot back to the group (an admin types /nhom there), then press the button again.
briefing-posted = The briefing for { $period } was posted to the group (version { $version }).
briefing-already-posted = The briefing for { $period } is already in the group (version { $version }). To post a new one, send /report to preview it, then post.
