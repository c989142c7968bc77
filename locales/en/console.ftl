# The console chat (npm start without a token): what the terminal shows around the bot's replies.
console-help =
    Chat with the bot here.
      /as <id>     switch who is speaking, e.g. /as 9102
      /group       speak in the group chat
      /private     back to the private chat
      /dongho      the bot's time; /dongho +2d, +3h, 2023-11-21 08:00 moves it (and sends reminders due)
      /tep <path>  send a Word report file (.docx) to the bot, as a file sent on Telegram
      """          a line """ opens and closes a message of several lines: paste the report in between
      /quit        exit
    Buttons are numbered: type the number.
console-group-tag = [group]
console-edited-tag = (edited)
console-user-name = User { $id }
console-prompt-private = private
console-prompt-group = group
console-to-tag = [→ { $id }]
console-clock-now = 🕰 The bot's time: { $time }
console-clock-usage = Usage: /dongho (show the time), /dongho +2d, /dongho +3h, /dongho 2023-11-21 08:00
console-clock-nothing-due = (no reminder due)
console-file-missing = No file at { $path }.
