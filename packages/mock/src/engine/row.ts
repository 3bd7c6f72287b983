/**
 * One stored record, as its service shows it (plus hidden fields such as a user's password).
 * Its own file because the cloud's state is made of rows and the engine's types name that
 * state: with `Row` here, neither of those two files needs the other both ways.
 */
export type Row = Record<string, any>;
