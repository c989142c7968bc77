error-internal = Sorry, something went wrong while handling this message. What you entered before is still saved. Please try again in a few minutes; if it keeps failing, tell the secretariat.
