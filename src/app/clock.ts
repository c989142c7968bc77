/** A source of the current time, injected so tests can fix the date. */
export type Clock = () => Date;

/** A clock that runs on from where it is set: the console moves it to play a cycle in minutes. */
export type AdjustableClock = Clock & {
  /** Moves the clock forward (or back, negative) by `ms`. */
  advance(ms: number): void;
  /** Puts the clock at `date`; it runs on from there. */
  set(date: Date): void;
};

/** The real time, or a clock that starts at `start`; either runs on in real time and can be moved. */
export function createClock(start?: Date): AdjustableClock {
  let offset = start ? start.getTime() - Date.now() : 0;
  return Object.assign(() => new Date(Date.now() + offset), {
    advance(ms: number) {
      offset += ms;
    },
    set(date: Date) {
      offset = date.getTime() - Date.now();
    },
  });
}
