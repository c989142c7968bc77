import type { DbClient } from "../database.js";
import type { InputJsonValue } from "../generated/internal/prismaNamespace.js";

/** One change worth remembering: who did what to which record, with before and after. */
export interface AuditEntry {
  blocId: number | null;
  actorId: number | null;
  action: string;
  entity: string;
  entityId: string;
  before?: InputJsonValue;
  after?: InputJsonValue;
}

/** The client or transaction an audit entry is written with, so it commits with the change. */
type Writer = Pick<DbClient, "auditEvent">;

/** Appends to the audit trail. */
export async function recordAudit(writer: Writer, entry: AuditEntry): Promise<void> {
  await writer.auditEvent.create({ data: entry });
}
