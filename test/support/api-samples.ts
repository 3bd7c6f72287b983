// The one runner of every service package's API-reference sample test. A package declares
// its folder of verbatim samples, the call that reads or sends each sample, and what the
// fake answers; this file makes the tests: each response sample answered and read back whole,
// each request sample sent field for field, and the folder held to the cases (a sample with
// neither a case nor a reason fails). Shared test support of the repository: it imports no
// package of ours, only Node, msw and vitest, so every package's tests may use it.
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { HttpResponse, http, type RequestHandler } from "msw";
import { describe, expect, it } from "vitest";

/** A sample's JSON: untyped, the cases pick their parts by the names the reference prints. */
export type Body = any;

/** The samples of one folder, by their paths relative to it. */
export interface SampleFolder {
  /** The sample, parsed. */
  read(file: string): Body;
  /** The sample as it is written (for the few the reference prints as something other than JSON). */
  text(file: string): string;
  /** Every `.json` file under the folder, relative to it, `/`-separated. */
  files(): string[];
}

/**
 * The samples under `folder`; `repair` mends what no JSON parser takes in a sample's text
 * (the files themselves stay as the reference has them).
 */
export function sampleFolder(folder: URL, repair: (text: string) => string = (text) => text): SampleFolder {
  const text = (file: string) => repair(readFileSync(new URL(file, folder), "utf8"));
  return {
    text,
    read: (file) => JSON.parse(text(file)),
    files: () =>
      readdirSync(fileURLToPath(folder), { recursive: true, encoding: "utf8" })
        .filter((file) => file.endsWith(".json"))
        .map((file) => file.replaceAll("\\", "/"))
        .sort(),
  };
}

/**
 * A response sample and the call that reads it: what the call returns must be the sample
 * (the items under `key`, for a list; `key` alone, for an action that unwraps it), every
 * field kept.
 */
export interface ResponseCase<Facade> {
  file: string;
  call: (facade: Facade) => PromiseLike<unknown>;
  key?: string;
  /** Why the sample is not what the call returns whole (then `expected` or the suite's `read` says what is). */
  differs?: string;
}

/**
 * A request sample: the call made with the sample's own values must send the sample, field
 * for field (unless `sent` says otherwise, and then `differs` says why); the response
 * sample it is answered with, if any, must come back whole.
 */
export interface RequestCase<Facade> {
  file: string;
  call: (facade: Facade, request: Body) => PromiseLike<unknown>;
  response?: string;
  sent?: (request: Body) => unknown;
  differs?: string;
}

/** One test's fake cloud, as a package's fixtures build it. */
export interface SampleCloud<Facade> {
  facade: Facade;
  seen: Request[];
}

/** The façade a package's cases call. */
type FacadeOf<R extends ResponseCase<never>> = Parameters<R["call"]>[0];

/** What a package declares for its sample test; everything optional has the common default. */
export interface SampleSuite<R extends ResponseCase<never>, Q extends RequestCase<never>> {
  /** The service as the reference names it ("Designate"): the describe blocks say whose samples these are. */
  service: string;
  samples: SampleFolder;
  /** The test file's msw server, and the API root every sample call goes under. */
  server: { use(...handlers: RequestHandler[]): void };
  api: string;
  /** A fresh fake cloud for one case (a case may ask for a microversion). */
  setup: (c: R | Q) => SampleCloud<FacadeOf<R>>;
  responses: readonly R[];
  requests?: readonly Q[];
  /**
   * The fake's answer to one request of a case, given the body the case answers with
   * (`undefined`: none). Default: the body as JSON, or 202 without one. `undefined` lets the
   * package's own fake answer (a version document).
   */
  answer?: (body: Body, request: Request, c: R | Q) => Response | undefined;
  /** The body a response case answers with. Default: the sample. */
  answered?: (sample: Body, c: R) => Body;
  /** What a response case's call returns. Default: the items under `key`, or the sample whole. */
  read?: (sample: Body, c: R) => unknown;
  /** More a package checks of the requests a response case's call made (their microversion). */
  asked?: (seen: Request[], c: R) => void;
  /** The body a request case answers with. Default: its response sample, if it names one. */
  answeredWrite?: (c: Q) => Body;
  /**
   * What a request case's call returns, given what it was answered with; `unchecked` where
   * the case says nothing of it. Default: the response sample whole, where there is one.
   */
  returned?: (response: Body, c: Q) => unknown;
  /** More a package checks of the one write a request case sends (its microversion, its path). */
  wrote?: (write: Request, c: Q) => void;
  /** A case's test name. Default: its file, and why it differs where it does. */
  label?: (c: R | Q) => string;
  /** Samples the package's own tests read (version documents, refusals) or leave out for a reason. */
  accounted?: readonly (string | RegExp)[];
  /** How many samples the folder holds, where the package pins it. */
  count?: number;
}

/** What `returned` gives where a request case says nothing of what its call returns. */
export const unchecked: unique symbol = Symbol("unchecked");

/** A case's test name: its file, and why it differs where it does. */
export const fileLabel = (c: { file: string; differs?: string }) =>
  c.differs ? `${c.file} (differs: ${c.differs})` : c.file;

const defaultAnswer = (body: Body) =>
  body === undefined ? new HttpResponse(null, { status: 202 }) : HttpResponse.json(body);

/** A request's body as the sample reads: text for a text sample, JSON otherwise, nothing for none. */
async function bodyOf(write: Request, expected: unknown): Promise<unknown> {
  const text = await write.text();
  if (typeof expected === "string") return text;
  return text === "" ? undefined : JSON.parse(text);
}

/** The tests of one package's sample folder. */
export function describeApiSamples<R extends ResponseCase<never>, Q extends RequestCase<never> = RequestCase<never>>(
  suite: SampleSuite<R, Q>,
): void {
  // A case's call takes the façade its package's setup builds (the suite's type says so).
  const read = (c: R, facade: unknown) => (c.call as (facade: unknown) => PromiseLike<unknown>)(facade);
  const send = (c: Q, facade: unknown, request: Body) =>
    (c.call as (facade: unknown, request: Body) => PromiseLike<unknown>)(facade, request);
  const { samples, service } = suite;
  const label = suite.label ?? fileLabel;
  const requests = suite.requests ?? [];
  const answerWith = (c: R | Q, body: Body) =>
    suite.server.use(http.all(`${suite.api}/*`, ({ request }) => (suite.answer ?? defaultAnswer)(body, request, c)));

  describe(`${service}'s response samples parse and keep every field`, () => {
    it.each(suite.responses.map((c) => [label(c), c] as const))("%s", async (_, c) => {
      const { facade, seen } = suite.setup(c);
      const body = samples.read(c.file);
      answerWith(c, suite.answered ? suite.answered(body, c) : body);
      const expected = suite.read ? suite.read(body, c) : c.key ? body[c.key] : body;
      expect(await read(c, facade)).toEqual(expected);
      suite.asked?.(seen, c);
    });
  });

  if (requests.length > 0)
    describe(`what the SDK sends equals ${service}'s request samples`, () => {
      it.each(requests.map((c) => [label(c), c] as const))("%s", async (_, c) => {
        const { facade, seen } = suite.setup(c);
        const request = samples.read(c.file);
        const response = suite.answeredWrite
          ? suite.answeredWrite(c)
          : c.response === undefined
            ? undefined
            : samples.read(c.response);
        answerWith(c, response);
        const result = await send(c, facade, request);
        // a call may read back what it wrote: only the write is the sample
        const writes = seen.filter((r) => r.method !== "GET" && r.method !== "HEAD");
        expect(writes).toHaveLength(1);
        const expected = c.sent ? c.sent(request) : request;
        suite.wrote?.(writes[0]!, c);
        expect(await bodyOf(writes[0]!, expected)).toEqual(expected);
        const returned = suite.returned ? suite.returned(response, c) : (response ?? unchecked);
        if (returned !== unchecked) expect(result).toEqual(returned);
      });
    });

  describe("the sample folder", () => {
    it("has a case, or a reason for none, for every sample it holds, and holds every sample a case names", () => {
      const files = samples.files();
      const named = [
        ...suite.responses.map((c) => c.file),
        ...requests.flatMap((c) => [c.file, ...(c.response ? [c.response] : [])]),
      ];
      const accounted = suite.accounted ?? [];
      const reasoned = (file: string) =>
        accounted.some((one) => (typeof one === "string" ? one === file : one.test(file)));
      const tried = new Set(named);
      expect(files.filter((file) => !tried.has(file) && !reasoned(file))).toEqual([]);
      // a reason never covers a sample a case reads
      expect(named.filter(reasoned)).toEqual([]);
      const held = new Set(files);
      const listed = [...named, ...accounted.filter((one) => typeof one === "string")];
      expect(listed.filter((file) => !held.has(file))).toEqual([]);
      if (suite.count !== undefined) expect(files).toHaveLength(suite.count);
    });
  });
}
