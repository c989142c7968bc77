import type { Database } from "../db/database.js";
import { CatalogRepository } from "../db/repositories/catalog-repository.js";
import { ConversationStateRepository } from "../db/repositories/conversation-state-repository.js";
import { InviteRepository } from "../db/repositories/invite-repository.js";
import { PeopleRepository } from "../db/repositories/people-repository.js";
import { ProcessedUpdateRepository } from "../db/repositories/processed-updates.js";
import { ReportRepository } from "../db/repositories/report-repository.js";
import { SubmissionRepository } from "../db/repositories/submission-repository.js";
import type { Clock } from "./clock.js";
import { GroupService } from "./group-service.js";
import { InviteService } from "./invite-service.js";
import { PeopleService } from "./people-service.js";
import { ReportService } from "./report-service.js";
import { SubmissionService } from "./submission-service.js";

/** The use cases the bot calls, built over one database and one clock. */
export interface Services {
  clock: Clock;
  updates: ProcessedUpdateRepository;
  catalog: CatalogRepository;
  people: PeopleService;
  invites: InviteService;
  groups: GroupService;
  submissions: SubmissionService;
  reports: ReportService;
  /** Where conversations keep their state between updates and across restarts. */
  conversationStates: ConversationStateRepository;
}

/** Builds the services over an open database. */
export function createServices(database: Database, clock: Clock): Services {
  const catalog = new CatalogRepository(database.prisma);
  const people = new PeopleRepository(database.prisma, database.sql);
  return {
    clock,
    updates: new ProcessedUpdateRepository(database.sql),
    catalog,
    people: new PeopleService(people, catalog),
    invites: new InviteService(new InviteRepository(database.prisma), clock),
    groups: new GroupService(catalog, people),
    submissions: new SubmissionService(new SubmissionRepository(database.prisma, database.sql), catalog, clock),
    reports: new ReportService(new ReportRepository(database.prisma), catalog, clock),
    conversationStates: new ConversationStateRepository(database.sql),
  };
}
