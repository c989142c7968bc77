/** The meeting a briefing is for: from the calendar (`/lichhop`), else asked at `/baocao`. */
export interface MeetingFraming {
  /** When it is (or was) held. */
  at: Date;
  /** Whether `at` carries a time of day, or only the date. */
  hasTime: boolean;
  place?: string | undefined;
  /** Who chairs it, as the secretariat wrote it ("đồng chí Rah Lan Chung - Phó Bí thư Tỉnh ủy"). */
  chair?: string | undefined;
  /** Who attends, as written ("đại diện lãnh đạo Ban Dân vận Tỉnh ủy, …"). */
  attendees?: string | undefined;
}

/**
 * What people add to a compiled briefing around the organisations' reports: the meeting it is
 * for, the secretariat's own assessment (typed at the preview, in place of the fixed opening
 * sentence), and after the meeting the chair's conclusions, which make the final version
 * ("Thông báo kết luận"). Every part is optional: a briefing without them reads as today's.
 */
export interface BriefingFraming {
  meeting?: MeetingFraming | undefined;
  /** The secretariat's general assessment of the period, as typed. */
  assessment?: string | undefined;
  /**
   * The chair's conclusions and directions for the next period, one entry per point as entered
   * (the renderer numbers them "Một là…, Hai là…"), and directions to named organisations.
   */
  conclusions?:
    | {
        points: string[];
        /** By organisation code, the task the chair gave it (seed 002). */
        directions: { organisationCode: string; text: string }[];
        /** Who entered them, as people know them. */
        enteredBy: string;
      }
    | undefined;
}
