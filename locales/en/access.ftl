role-admin = secretariat admin
role-chair = chair
role-representative = organisation representative
role-viewer = viewer
access-only-private = { $command } works only in a private chat with the bot. Please message the bot directly.
access-only-group = { $command } works only in the bloc's group chat.
access-role = Only the { $roles } can use { $command }. If you need this done, please ask the bloc's secretariat.
access-not-registered = You are not registered with the bloc yet, so you cannot use { $command } (it is for the { $roles }). Ask the secretariat for an invite link and open it to register.
