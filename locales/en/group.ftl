group-linked = This group is now linked to { $bloc }. Submission progress and the compiled briefing will be posted here.
group-removed = The bot was removed from the group "{ $title }" of { $bloc }: progress and briefings will no longer be posted there. Add the bot back and type /nhom to link it again.
group-muted = The bot can no longer post in the group "{ $title }" of { $bloc }. Please give it back the right to send messages in the group settings.
group-not-linked = This group is not linked to a bloc, so the bot does not answer here. The bloc's secretariat types /nhom in this group to link it.
