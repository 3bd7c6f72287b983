import { readdirSync } from "node:fs";
import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { API, dnsCloud } from "../fixtures.js";
import { requestCases, responseCases } from "./cases.js";
import { type Body, sample } from "./sample-cases.js";

const { server, setup } = dnsCloud();

/** Answers every Designate v2 call with `body`, or 202 without one (as a task answers). */
function answerWith(body: Body) {
  server.use(
    http.all(`${API}/*`, () =>
      body === undefined ? new HttpResponse(null, { status: 202 }) : HttpResponse.json(body),
    ),
  );
}

describe("Designate's response samples parse and keep every field", () => {
  it.each(responseCases.map((c) => [c.file, c] as const))("%s", async (_, c) => {
    const { facade } = setup();
    const body = sample(c.file);
    answerWith(body);
    expect(await c.call(facade)).toEqual(c.key ? body[c.key] : body);
  });
});

describe("what the SDK sends equals Designate's request samples", () => {
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
      const expected = c.sent ? c.sent(request) : request;
      // a zone file goes as text, everything else as JSON
      expect(typeof expected === "string" ? await writes[0]!.text() : await writes[0]!.json()).toEqual(expected);
      if (response !== undefined) expect(result).toEqual(response);
    },
  );
});

describe("the sample folder", () => {
  it("has a case for every sample it holds", () => {
    const files = readdirSync(new URL(".", import.meta.url), { recursive: true, encoding: "utf8" })
      .filter((file) => file.endsWith(".json"))
      .map((file) => file.replaceAll("\\", "/"));
    const tried = new Set([
      ...responseCases.map((c) => c.file),
      ...requestCases.flatMap((c) => [c.file, ...(c.response ? [c.response] : [])]),
    ]);
    expect(files.filter((file) => !tried.has(file)).sort()).toEqual([]);
    expect([...tried].filter((file) => !files.includes(file))).toEqual([]);
  });
});
