// How each kind of call is made and checked in the sample table (sample-table.ts): a get or
// a list reads an envelope, a create or an update sends one and reads one back, an action
// sends its body and answers the sample as it is.
import type * as v from "valibot";

/** A sample body, as JSON.parse gives it. */
export type Body = Record<string, any>;

/** A method of the `conn.compute` façade, called by name. */
export type FacadeMethod = (...args: unknown[]) => unknown;

/**
 * One call of the table. `args` makes the call's arguments from the request sample of the
 * same folder (when the call sends one: the SDK must send that body, field for field);
 * `expected` is what the call must return, from the response sample; `documents`, for an
 * action answering raw JSON, the exported schema that types that answer.
 */
export interface SampleCall {
  call: string;
  /** The request sample this call sends, in the same folder as the response sample. */
  request?: string;
  args: (request: Body | undefined) => unknown[];
  /** The call is a list: its first page is compared (a sample is one page). */
  list?: boolean;
  expected: (response: Body) => unknown;
  /** What of the call's result is compared (the whole result by default). */
  read?: (result: unknown) => unknown;
  /** The sample this entry is keyed by is the request: the call answers nothing to compare. */
  sendsOnly?: boolean;
  /**
   * For a run with a request sample and no response sample in its folder: the response
   * sample (`<api>/<file>`) the fake answers with, from the newest folder at or below the
   * run's microversion. A response's own entry answers with its family by default.
   */
  answers?: string;
  /**
   * From this microversion Nova answers 202 without a body (the resource's
   * `bodilessCreateFrom`): the call returns the fields it sent, marked accepted, which the
   * runner checks against the request sample.
   */
  bodilessFrom?: string;
  /** The body the SDK must send, from the request sample (the sample itself by default). */
  sentAs?: (request: Body) => Body;
  documents?: { schema: v.GenericSchema; at: (response: Body) => unknown };
}

/** The parents of the nested resources, and ids: any will do, the fake answers the sample. */
export const SERVER = "9d9fdc70-a3e4-4b6c-97b4-2f3c8a0c6c8d";
export const onServer = { server: SERVER };
// Digits: a valid id whether the resource's ids are strings or integers (aggregates, migrations).
const ID = "1";

/** `get<Singular>(id)`: the item in `key`. */
export const get = (call: string, key: string, parents?: object): SampleCall => ({
  call,
  args: () => (parents ? [ID, parents] : [ID]),
  expected: (response) => response[key],
});

/** `list<Plural>()`: the items in `key` (unwrapped from `itemKey` where Nova wraps each). */
export const list = (call: string, key: string, filters?: object, itemKey?: string): SampleCall => ({
  call,
  list: true,
  args: () => (filters ? [filters] : []),
  expected: (response) =>
    itemKey ? (response[key] as Body[]).map((item) => item[itemKey]) : (response[key] as unknown[]),
});

/** `create<Singular>(fields)`: sends `{ key: fields }`, reads the created item in `key`. */
export const create = (call: string, key: string, request: string, parents?: object): SampleCall => ({
  call,
  request,
  args: (body) => [{ ...parents, ...(body?.[key] ?? {}) }],
  expected: (response) => response[key],
});

/** `update<Singular>(id, fields)`: sends `{ key: fields }`, reads the item in `key`. */
export const update = (call: string, key: string, request: string): SampleCall => ({
  call,
  request,
  args: (body) => [ID, body?.[key] ?? {}],
  expected: (response) => response[key],
});

/** An action answering JSON: the answer is the sample, typed by `schema` at `key` when given. */
export const action = (
  call: string,
  args: (request: Body | undefined) => object,
  request?: string,
  documents?: { schema: v.GenericSchema; key?: string },
): SampleCall => ({
  call,
  ...(request && { request }),
  args: (body) => [args(body)],
  expected: (response) => response,
  ...(documents && {
    documents: {
      schema: documents.schema,
      at: (response: Body) => (documents.key === undefined ? response : response[documents.key]),
    },
  }),
});

/** A request sample without a response: the call must send exactly that body. */
export const sends = (call: string, args: (request: Body) => object): SampleCall => ({
  call,
  sendsOnly: true,
  args: (body) => [args(body!)],
  expected: () => undefined,
});

/** The table's entries of one API folder, by file name. */
export const prefixed = (api: string, calls: Record<string, SampleCall>) =>
  Object.fromEntries(Object.entries(calls).map(([file, call]) => [`${api}/${file}`, call]));

/** The one key of a one-key body (`{ "hw:numa_nodes": "2" }`). */
export const onlyKey = (body: Body) => Object.keys(body)[0]!;
