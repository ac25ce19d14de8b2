/** Lengths of time in milliseconds, the unit of Date.now() and of every duration the code keeps. */
const SECOND_MS = 1_000;
export const MINUTE_MS = 60 * SECOND_MS;
export const HOUR_MS = 60 * MINUTE_MS;
/** A day of 24 hours: for windows and ages, not calendar days (a zone's day around a clock change is not this long). */
export const DAY_MS = 24 * HOUR_MS;
