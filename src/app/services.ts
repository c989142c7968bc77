import type { Database, DatabaseScope } from "../db/database.js";
import { BriefingFramingRepository } from "../db/repositories/briefing-framing-repository.js";
import { CalendarRepository } from "../db/repositories/calendar-repository.js";
import { type CatalogCache, CatalogRepository } from "../db/repositories/catalog-repository.js";
import { ConversationStateRepository } from "../db/repositories/conversation-state-repository.js";
import { InboxRepository } from "../db/repositories/inbox-repository.js";
import { InviteRepository } from "../db/repositories/invite-repository.js";
import { OutboxRepository } from "../db/repositories/outbox-repository.js";
import { PeopleRepository } from "../db/repositories/people-repository.js";
import { ReminderRepository } from "../db/repositories/reminder-repository.js";
import { ReportRepository } from "../db/repositories/report-repository.js";
import { SubmissionRepository } from "../db/repositories/submission-repository.js";
import { BriefingFramingService } from "./briefing-framing-service.js";
import { CalendarService } from "./calendar-service.js";
import type { Clock } from "./clock.js";
import { GroupService } from "./group-service.js";
import { InviteService } from "./invite-service.js";
import { PeopleService } from "./people-service.js";
import { ReminderService } from "./reminder-service.js";
import { ReportService } from "./report-service.js";
import { SubmissionService } from "./submission-service.js";

/** The use cases the bot calls, built over one database scope and one clock. */
export interface Services {
  clock: Clock;
  /** The received updates: stored before they are acknowledged, claimed when processed. */
  inbox: InboxRepository;
  /** The messages to send once the update that caused them has committed. */
  outbox: OutboxRepository;
  catalog: CatalogRepository;
  people: PeopleService;
  invites: InviteService;
  groups: GroupService;
  submissions: SubmissionService;
  /** Each quarter's submission window, deadline and meeting. */
  calendar: CalendarService;
  reports: ReportService;
  /** The meeting, assessment and conclusions around a briefing, and every version posted. */
  framing: BriefingFramingService;
  /** Reminders to those who have not submitted, each sent once. */
  reminders: ReminderService;
  /** Where a chat's conversation keeps its step between updates and across restarts. */
  conversationStates: ConversationStateRepository;
  /**
   * Runs `work` with services whose every statement belongs to one transaction: all of it
   * commits, or none when `work` throws. The bot runs each update this way; called inside a
   * transaction, `work` joins it.
   */
  transaction<T>(work: (services: Services) => Promise<T>): Promise<T>;
}

/**
 * Builds the services over an open database. `instance` is the process's key from
 * `Database.leaseInstance` (null where it is the only process), which the outbox records.
 */
export function createServices(database: Database, clock: Clock, instance: number | null = null): Services {
  // One catalog cache for the root services and every transaction's.
  const catalogCache: CatalogCache = new Map();
  const build = (scope: DatabaseScope, inTransaction: boolean): Services => {
    const catalog = new CatalogRepository(scope.prisma, catalogCache);
    const people = new PeopleRepository(scope.prisma, scope.sql);
    const calendar = new CalendarService(new CalendarRepository(scope.prisma), clock);
    const services: Services = {
      clock,
      inbox: new InboxRepository(scope.sql),
      outbox: new OutboxRepository(scope.sql, instance),
      catalog,
      people: new PeopleService(people, catalog),
      invites: new InviteService(new InviteRepository(scope.prisma), clock),
      groups: new GroupService(catalog, people),
      submissions: new SubmissionService(new SubmissionRepository(scope.prisma, scope.sql), catalog, calendar, clock),
      calendar,
      reports: new ReportService(new ReportRepository(scope.prisma), catalog, calendar, clock),
      framing: new BriefingFramingService(new BriefingFramingRepository(scope.prisma), calendar, clock),
      reminders: new ReminderService(new ReminderRepository(scope.sql), catalog, people, calendar, clock),
      conversationStates: new ConversationStateRepository(scope.sql, inTransaction),
      // Inside a transaction, work joins it: PGlite's one connection cannot open a second.
      transaction: (work) => (inTransaction ? work(services) : database.transaction((inner) => work(build(inner, true)))),
    };
    return services;
  };
  return build(database, false);
}
