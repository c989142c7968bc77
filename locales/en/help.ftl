help-title = <b>Commands of the giao ban assistant</b>
help-questions = You can also ask in plain words (Vietnamese, with or without diacritics), e.g. "kết quả quý IV", "ai chưa nộp", "Hội Nông dân quý 3", "Hội Nông dân có kiến nghị gì", "đơn vị nào kết nạp nhiều đảng viên nhất".
cmd-start = start, register with an invite code
cmd-help = the commands and how to ask
