// How one API-reference sample is put to the SDK: the row shape and its builders are the
// repository's shared ones (test/support/api-sample-rows.ts); what is Cinder's own (a
// sample's microversion, the action bodies, the folders of one microversion) is here. The
// table is samples.ts.
import { action, create, get, list, type SampleCase, update } from "../../../../test/support/api-sample-rows.js";

export {
  action,
  type CallContext,
  create,
  get,
  ID,
  list,
  refused,
  type SampleCase,
  update,
} from "../../../../test/support/api-sample-rows.js";

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
