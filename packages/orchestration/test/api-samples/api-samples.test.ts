import { readdirSync } from "node:fs";
import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { API, orchestrationCloud } from "../fixtures.js";
import { notRead, redirectCases, requestCases, responseCases, unreadResponses } from "./cases.js";
import { type Body, sample } from "./sample-cases.js";

const { server, setup } = orchestrationCloud();

/** Answers every Heat call with `body`, or 202 without one (as an action answers). */
function answerWith(body: Body) {
  server.use(
    http.all(`${API}/*`, () =>
      body === undefined ? new HttpResponse(null, { status: 202 }) : HttpResponse.json(body),
    ),
  );
}

describe("Heat's response samples parse and keep every field", () => {
  it.each(responseCases.map((c) => [c.differs ? `${c.file} (differs: ${c.differs})` : c.file, c] as const))(
    "%s",
    async (_, c) => {
      const { facade } = setup();
      const body = sample(c.file);
      answerWith(c.answer ? c.answer(body) : body);
      expect(await c.call(facade)).toEqual(c.key ? body[c.key] : body);
    },
  );

  it.each(unreadResponses)("%s is a 202's message, answered and not read", async (file) => {
    const { facade, seen } = setup();
    answerWith(sample(file));
    const stack = { stack_name: "s", id: "1" };
    expect(await facade.restoreStackSnapshot({ stack, snapshot: "x" })).toBeUndefined();
    expect(seen.map((r) => `${r.method} ${new URL(r.url).pathname}`)).toEqual([
      `POST /v1/p-admin/stacks/s/1/snapshots/x/restore`,
    ]);
  });
});

describe("what the SDK sends equals Heat's request samples", () => {
  it.each(requestCases.map((c) => [c.differs ? `${c.file} (differs: ${c.differs})` : c.file, c] as const))(
    "%s",
    async (_, c) => {
      const { facade, seen } = setup();
      const request = sample(c.file);
      const response = c.response === undefined ? undefined : sample(c.response);
      answerWith(response);
      const result = await c.call(facade, request);
      const writes = seen.filter((r) => r.method !== "GET");
      expect(writes).toHaveLength(1);
      expect(await writes[0]!.json()).toEqual(c.sent ? c.sent(request) : request);
      if (c.unread) expect(result).toBeUndefined();
      else if (response !== undefined) expect(result).toEqual(c.key ? response[c.key] : response);
    },
  );
});

describe("Heat's 302 samples", () => {
  it.each(redirectCases)("%s: the stack is read at the URL the redirect names", async (file) => {
    const { facade, seen } = setup();
    const message: string = sample(file).message;
    // The sample's host is not this cloud's: the same path on the fake Heat.
    const path = /href="[^"]*\/v1\/[^/]+\/(stacks\/[^"]+)"/.exec(message)![1]!;
    const [, name, id] = path.split("/");
    server.use(
      http.get(`${API}/stacks/${name}`, () =>
        HttpResponse.json(sample(file), { status: 302, headers: { Location: `${API}/${path}` } }),
      ),
      http.get(`${API}/${path}`, () =>
        HttpResponse.json({ stack: { id, stack_name: name, stack_status: "CREATE_COMPLETE" } }),
      ),
    );
    expect(await facade.getStack(name!)).toMatchObject({ id, stack_name: name });
    expect(seen.map((r) => new URL(r.url).pathname)).toEqual([`/v1/p-admin/stacks/${name}`, `/v1/p-admin/${path}`]);
  });
});

describe("the sample folder", () => {
  it("has a case, or a reason for none, for every sample it holds", () => {
    const files = readdirSync(new URL(".", import.meta.url), { recursive: true, encoding: "utf8" })
      .filter((file) => file.endsWith(".json"))
      .map((file) => file.replaceAll("\\", "/"));
    const tried = new Set([
      ...responseCases.map((c) => c.file),
      ...requestCases.flatMap((c) => [c.file, ...(c.response ? [c.response] : [])]),
      ...unreadResponses,
      ...redirectCases,
      ...Object.keys(notRead),
    ]);
    expect(files.filter((file) => !tried.has(file)).sort()).toEqual([]);
    expect([...tried].filter((file) => !files.includes(file))).toEqual([]);
    expect(files).toHaveLength(57);
  });
});
