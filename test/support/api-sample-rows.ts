// The other shape of a package's sample test: one row per call, naming the response sample
// it reads and the request sample it sends (either or both), with builders for the common
// calls (a resource's list, get, create, update; a declared action), and the runner of those
// rows. Used by the packages whose resources are called through the session (network,
// block-storage); shared test support like api-samples.ts, importing no package of ours.
import { HttpResponse, http, type RequestHandler } from "msw";
import { describe, expect, it } from "vitest";
import type { SampleFolder } from "./api-samples.js";

/** What a row's call gets: the session on the fake cloud, the façade over it. */
export interface CallContext {
  session: any;
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
  /** Set where the SDK refuses the sample on purpose: the error it must raise, and why that is acceptable. */
  readonly refused?: { readonly error: RegExp; readonly reason: string };
  /** The microversion the sample was written for, where the service has them (the package's suite reads it). */
  readonly microversion?: string;
}

/** The id every row's item URL uses: the fake answers the sample whatever the path. */
export const ID = "9e36d4c2-6f3d-4a55-a8b3-2a7b1b5c0001";

interface Lists {
  readonly pluralKey?: string;
  list(session: any, query?: any): PromiseLike<unknown[]>;
}
interface Gets {
  readonly key?: string;
  get(session: any, ref: string, options?: any): Promise<unknown>;
}
interface Creates {
  readonly key?: string;
  create(session: any, body: any): Promise<unknown>;
}
interface Updates {
  readonly key?: string;
  update(session: any, ref: string, patch: any, options?: any): Promise<unknown>;
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

/** A row the SDK refuses on purpose: the error it raises, and the reason that is acceptable. */
export const refused = (row: SampleCase, error: RegExp, reason: string): SampleCase => ({
  ...row,
  refused: { error, reason },
});

/** What a package declares for its row-shaped sample test. */
export interface SampleRows {
  /** The describe block's title ("Networking API reference samples"). */
  title: string;
  samples: SampleFolder;
  server: { use(...handlers: RequestHandler[]): void };
  api: string;
  /** A fresh fake cloud for one row. */
  setup: (row: SampleCase) => { session: unknown; facade: unknown; seen: Request[] };
  rows: readonly SampleCase[];
  /** A row's test name. Default: its samples' files. */
  label?: (row: SampleCase) => string;
  /** More a package checks of every request a row's call made (their microversion). */
  asked?: (seen: Request[], row: SampleCase) => void;
}

const files = (row: SampleCase) => [row.response, row.request].filter((file) => file !== undefined).join(" + ");

/** The tests of one package's sample rows, and of its folder: a sample no row names fails. */
export function describeSampleRows(suite: SampleRows): void {
  const { samples } = suite;
  const label = suite.label ?? files;
  describe(suite.title, () => {
    it.each(suite.rows.map((row) => [label(row), row] as const))("%s", async (_, row) => {
      const { session, facade, seen } = suite.setup(row);
      const response = row.response === undefined ? undefined : samples.read(row.response);
      suite.server.use(
        http.all(`${suite.api}/*`, () =>
          response === undefined ? new HttpResponse(null, { status: 204 }) : HttpResponse.json(response),
        ),
      );
      const request = row.request === undefined ? undefined : samples.read(row.request);
      const call = row.call({ session, facade }, request);
      if (row.refused !== undefined) {
        await expect(call).rejects.toThrow(row.refused.error);
        return;
      }
      // Without a response sample (the reference prints only the request), what the fake
      // answers is no sample, so only what was sent is checked.
      const answer = await call.catch((error: unknown) => (response === undefined ? undefined : Promise.reject(error)));
      if (response !== undefined) expect(answer).toEqual(row.expected(response));
      suite.asked?.(seen, row);
      if (request !== undefined) {
        const writes = seen.filter((r) => r.method !== "GET");
        expect(writes).toHaveLength(1);
        expect(await writes[0]!.clone().json()).toEqual(row.sent ? row.sent(request) : request);
      }
    });

    it("has a row for every sample kept in this folder", () => {
      const used = new Set(suite.rows.flatMap((row) => [row.response, row.request]));
      expect(samples.files().filter((file) => !used.has(file))).toEqual([]);
    });
  });
}
