// How one API-reference sample is put to the SDK: the call that reads it (list, get, create,
// update, an action), what that call must answer (the sample's item or items, every field
// kept) and, for a request sample, what it must send. The table is samples.ts.
import type { Session } from "@openstack-ts/core";

/** What a row's call gets: the session on the fake cloud, the façade over it. */
export interface CallContext {
  session: Session;
  facade: any;
}

export interface SampleCase {
  /** The response sample the fake answers with, relative to this folder. */
  readonly response?: string;
  /** The request sample the SDK must send for the same inputs, relative to this folder. */
  readonly request?: string;
  /** The call, given the request sample's body: what a user would pass. */
  readonly call: (context: CallContext, request: any) => Promise<unknown>;
  /** What the call must answer, taken from the response sample. */
  readonly expected: (response: any) => unknown;
  /** What the SDK must have sent, from the request sample: by default, the sample itself. */
  readonly sent?: (request: any) => unknown;
  /** The microversion the sample was written for: what the fake Cinder offers, and the call must ask for. Default 3.0. */
  readonly microversion?: string;
  /** Set where the SDK refuses the sample on purpose: the error it must raise, and why that is acceptable. */
  readonly refused?: { readonly error: RegExp; readonly reason: string };
}

/** The id every row's item URL uses: the fake answers the sample whatever the path. */
export const ID = "9e36d4c2-6f3d-4a55-a8b3-2a7b1b5c0001";

interface Lists {
  readonly pluralKey?: string;
  list(session: Session, query?: any): PromiseLike<unknown[]>;
}
interface Gets {
  readonly key?: string;
  get(session: Session, ref: string, options?: any): Promise<unknown>;
}
interface Creates {
  readonly key?: string;
  create(session: Session, body: any): Promise<unknown>;
}
interface Updates {
  readonly key?: string;
  update(session: Session, ref: string, patch: any, options?: any): Promise<unknown>;
}

const inside = (key: string | undefined) => (body: any) => (key === undefined ? body : body[key]);
const whole = (body: any) => body;

/** A list sample, read by the resource's list (with its parents' ids, for nested resources). */
export const list = (resource: Lists, response: string, parents: object = {}): SampleCase => ({
  response,
  call: ({ session }) => Promise.resolve(resource.list(session, parents)),
  expected: inside(resource.pluralKey),
});

/** A show sample, read by the resource's get. */
export const get = (resource: Gets, response: string, parents: object = {}): SampleCase => ({
  response,
  call: ({ session }) => resource.get(session, ID, parents),
  expected: inside(resource.key),
});

/** A create: the request sample's fields in, the request sample out, the response sample read back. */
export const create = (resource: Creates, request: string, response: string, parents: object = {}): SampleCase => ({
  request,
  response,
  call: ({ session }, body) => resource.create(session, { ...parents, ...inside(resource.key)(body) }),
  expected: inside(resource.key),
});

/** An update: the request sample's fields in, the request sample out, the response sample (if any) read back. */
export const update = (
  resource: Updates,
  request: string,
  response: string | undefined,
  parents: object = {},
): SampleCase => ({
  request,
  ...(response !== undefined && { response }),
  call: ({ session }, body) => resource.update(session, ID, inside(resource.key)(body), parents),
  expected: inside(resource.key),
});

/** A declared action through the façade: its arguments made from the request sample. */
export const action = (
  name: string,
  samples: { request?: string; response?: string },
  args: (request: any) => object = () => ({}),
  expected: (response: any) => unknown = whole,
): SampleCase => ({
  ...samples,
  call: ({ facade }, body) => facade[name](args(body)),
  expected,
});

/** Rows of samples written for a microversion (`volumes/v3.63/…`): the fake offers it, the call asks for it. */
export const at = (microversion: string, ...rows: SampleCase[]): SampleCase[] =>
  rows.map((row) => ({ ...row, microversion }));

/** The one member of an action's body (`{"os-extend": {…}}` → its `{…}`): what the action takes. */
export const inner = (body: any): any => Object.values(body)[0];

export type Crud = Parameters<typeof create>[0] &
  Parameters<typeof get>[0] &
  Parameters<typeof update>[0] &
  Parameters<typeof list>[0];

/**
 * The four item samples of one microversion folder (`volumes/v3.63/volume-show-response.json`,
 * …). Those folders print no requests: their create and update send the base folder's.
 */
export const version = (resource: Crud, folder: string, one: string, all: string, microversion: string): SampleCase[] =>
  at(
    microversion,
    create(resource, `${folder}/${one}-create-request.json`, `${folder}/v${microversion}/${one}-create-response.json`),
    get(resource, `${folder}/v${microversion}/${one}-show-response.json`),
    update(resource, `${folder}/${one}-update-request.json`, `${folder}/v${microversion}/${one}-update-response.json`),
    list(resource, `${folder}/v${microversion}/${all}-list-detailed-response.json`),
  );

/** The base folder's four item samples, at 3.0. */
export const base = (resource: Crud, folder: string, one: string, all: string): SampleCase[] => [
  create(resource, `${folder}/${one}-create-request.json`, `${folder}/${one}-create-response.json`),
  get(resource, `${folder}/${one}-show-response.json`),
  update(resource, `${folder}/${one}-update-request.json`, `${folder}/${one}-update-response.json`),
  list(resource, `${folder}/${all}-list-detailed-response.json`),
];

/** A `volumes/{id}/action`-style call: the action takes the one member of the request body. */
export const act = (name: string, request: string, ref: object, response?: string): SampleCase =>
  action(name, { request, ...(response !== undefined && { response }) }, (body) => ({ ...ref, ...inner(body) }));

/** A row the SDK refuses on purpose: the error it raises, and the reason that is acceptable. */
export const refused = (row: SampleCase, error: RegExp, reason: string): SampleCase => ({
  ...row,
  refused: { error, reason },
});
