/** A source of the current time, injected so tests can fix the date. */
export type Clock = () => Date;

/** The real time, or a clock that starts at `start` and runs on from there. */
export function createClock(start?: Date): Clock {
  if (!start) return () => new Date();
  const offset = start.getTime() - Date.now();
  return () => new Date(Date.now() + offset);
}
