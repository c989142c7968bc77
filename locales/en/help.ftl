help-title = <b>Commands of the giao ban assistant</b>
help-questions = You can also ask in plain words (Vietnamese, with or without diacritics), e.g. "kết quả quý IV", "ai chưa nộp", "Hội Nông dân quý 3", "Hội Nông dân có kiến nghị gì", "đơn vị nào kết nạp nhiều đảng viên nhất".
cmd-start = start, register with an invite code
cmd-help = the commands and how to ask
help-report = <b>Submitting from your own report.</b> Send the quarter's report as a Word file (.docx, up to { $limit } MB; it opens /nop), or after /nop paste its text (one message or several in a row): the bot reads the figures and the sections on results, limitations, proposals and tasks, and you only tap “Right”, “Change” or “Skip” for each. Nothing is saved before you confirm. A pasted message is taken as the report when the bot finds figures of two indicators or more in it (or it is long with several numbers); at a text question, when it holds two sections or more. PDF, .doc files and photos cannot be read yet.
