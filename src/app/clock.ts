/** A source of the current time, injected so tests can fix the date. */
export type Clock = () => Date;
