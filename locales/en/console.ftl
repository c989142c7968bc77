# The console chat (npm start without a token): what the terminal shows around the bot's replies.
console-help =
    Chat with the bot here.
      /as <id>     switch who is speaking, e.g. /as 9102
      /group       speak in the group chat
      /private     back to the private chat
      /quit        exit
    Buttons are numbered: type the number.
console-group-tag = [group]
console-edited-tag = (edited)
console-user-name = User { $id }
console-prompt-private = private
console-prompt-group = group
