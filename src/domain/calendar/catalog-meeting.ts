import { TZDate } from "@date-fns/tz";
import type { CatalogMeeting } from "../catalog/catalog.js";
import type { Meeting } from "./submission-window.js";

/** A meeting as the catalog file lists it ("2023-11-28", "08:00" in the bloc's zone), as stored. */
export function catalogMeeting(item: CatalogMeeting, timeZone: string): Meeting {
  const [year, month, day] = item.date.split("-").map(Number) as [number, number, number];
  const [hour, minute] = item.time ? (item.time.split(":").map(Number) as [number, number]) : [0, 0];
  return {
    quarterKey: item.period,
    reviewsKey: item.period,
    at: new Date(new TZDate(year, month - 1, day, hour, minute, timeZone).getTime()),
    hasTime: item.time !== undefined,
    place: item.place ?? null,
    chair: item.chair ?? null,
  };
}
