error-internal = Sorry, something went wrong while handling this message. What you entered before is still saved. Please try again in a few minutes; if it keeps failing, tell the secretariat.
button-expired = This button has expired: the question it belonged to is over. Type /nop to submit or continue a report (your draft is kept), or /help for the commands.
