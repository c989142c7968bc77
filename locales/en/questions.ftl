cmd-results = results by period, organisation, indicator: /ketqua quý IV/2023
cmd-status = who has submitted, who has not, the deadline
cmd-report = the quarter's compiled briefing, preview and post to the group (admin, chair)
questions-not-registered = You are not registered with the bloc yet, so you cannot see its figures. Ask the secretariat for an invite link.
questions-help = You can ask, in Vietnamese with or without diacritics:
  • "kết quả quý IV" or "kq quy 4 nam 2023" (results)
  • "Hội Nông dân quý 3", "kết nạp đảng viên năm 2023"
  • "so sánh quý IV với quý III", "quý 4 so với cùng kỳ" (comparisons)
  • "ai chưa nộp", "tiến độ" (who has not submitted)
  • "6 tháng đầu năm", "9 tháng", "năm 2023"
questions-not-understood = I did not understand the question. { questions-help }
questions-trace-button = 🔎 Where the figures come from
questions-no-data = Nothing has been submitted for this period yet.
briefing-usage = Usage: /baocao or /baocao quý IV/2023.
briefing-preview = Above is the preview of the briefing for { $period }. Press the button to post it to the group.
briefing-preview-no-group = Above is the preview of the briefing for { $period }. The bloc has no linked group: an admin types /nhom in the group to link it.
briefing-post-button = 📤 Post to the group
briefing-no-group = The bloc has no linked group on this channel. An admin types /nhom in the group to link it.
briefing-post-refused = The briefing for { $period } could not be posted to the group: the bot may have been removed from it or may no longer be allowed to post. Add the bot back to the group (an admin types /nhom there), then press the button again.
briefing-posted = The briefing for { $period } was posted to the group (version { $version }).
briefing-already-posted = The briefing for { $period } is already in the group (version { $version }). To post a new one, send /report to preview it, then post.
