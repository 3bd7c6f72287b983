// Heat's reference samples, each read back whole or sent field for field (cases.ts), and the
// one a 202 answers with that no call reads. The runner is the repository's one for every
// service (test/support/api-samples.ts).
import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { describeApiSamples, unchecked } from "../../../../test/support/api-samples.js";
import { API, orchestrationCloud } from "../fixtures.js";
import { notRead, requestCases, responseCases, unreadResponses } from "./cases.js";
import { sample, samples } from "./sample-cases.js";

const { server, setup } = orchestrationCloud();

// A write without a response sample is answered 202 and no body, as an action is.
describeApiSamples({
  service: "Heat",
  samples,
  server,
  api: API,
  setup: () => setup(),
  responses: responseCases,
  answered: (body, c) => (c.answer ? c.answer(body) : body),
  requests: requestCases,
  returned: (response, c) => {
    if (c.unread) return undefined;
    if (response === undefined) return unchecked;
    return c.key ? response[c.key] : response;
  },
  accounted: [...unreadResponses, ...Object.keys(notRead)],
  count: 57,
});

describe("Heat's samples no call reads", () => {
  it.each(unreadResponses)("%s is a 202's message, answered and not read", async (file) => {
    const { facade, seen } = setup();
    server.use(http.all(`${API}/*`, () => HttpResponse.json(sample(file))));
    const stack = { stack_name: "s", id: "1" };
    expect(await facade.restoreStackSnapshot({ stack, snapshot: "x" })).toBeUndefined();
    expect(seen.map((r) => `${r.method} ${new URL(r.url).pathname}`)).toEqual([
      `POST /v1/p-admin/stacks/s/1/snapshots/x/restore`,
    ]);
  });
});
