invite-created = Invite created: { $role }{ $organisation }.
  Send this link to the person invited (single use, expires on { $expires }):
  { $link }
  Code: { $code } (revoke with /moi huy { $code })
invite-created-by-command = Invite created: { $role }{ $organisation }.
  The person invited sends the bot this message (single use, expires on { $expires }):
  /start { $code }
  Code: { $code } (revoke with /moi huy { $code })
invite-organisation-suffix = { " " }— { $name }
invite-of-organisation = { " " }of { $name }
invite-usage = To invite: /moi &lt;organisation&gt; [role], e.g. "/moi Hội Nông dân" (representative), "/moi chủ trì" (chair), "/moi thư ký" (admin), "/moi theo dõi" (viewer). Organisations: { $list }.
invite-org-unknown = No organisation matches "{ $query }". The bloc's organisations: { $list }.
invite-org-ambiguous = "{ $query }" could be several organisations: { $list }. Please be more specific.
invite-revoke-done = Invite { $code } revoked.
invite-revoke-unknown = There is no pending invite with code { $code }.
invite-pending-title = <b>Pending invites</b>
invite-pending-line = • { $code } — { $role }{ $organisation } (expires { $expires })
invite-pending-none = No pending invites.
invite-unknown = This invite code is not valid. Please check the link, or ask the secretariat for a new invite.
invite-expired = This invite has expired. Please ask the secretariat for a new one.
invite-used = This invite has already been used. Each invite works once; ask the secretariat for a new one if needed.
invite-revoked = This invite was revoked by the secretariat. Ask them for a new one if needed.
invite-welcome = Welcome { $name }! You are registered as { $role }{ $organisation } in { $bloc }.
invite-next-representative = When the reporting period opens, type /nop to submit your organisation's quarterly figures; the bot asks for each indicator in turn. Type /help for the commands.
invite-next-chair = You can ask "kết quả quý IV" (results), "ai chưa nộp" (who has not submitted), or type /baocao for the compiled briefing. Type /help for the commands.
invite-next-admin = You can invite members (/moi), link the group (/nhom) and list members (/thanhvien). Type /help for the commands.
invite-next-viewer = You can ask "kết quả quý IV" (results) and "ai chưa nộp" (who has not submitted). Type /help for the commands.
invite-too-many = You have entered a wrong invite code { $count } times within an hour, so the bot takes no invite code from you for now. Please try again after { $retryAt } with the invite link the bloc's secretariat sent you; if you have none, ask the secretariat for a new invite.
