/**
 * "Now", for the 15-minute window of signed requests and the time a store marks: the system
 * clock unless a test hands the fake a fixed one.
 */
export type Clock = () => Date;

export const systemClock: Clock = () => new Date();
