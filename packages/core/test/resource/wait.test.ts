import { fakeKeystone, sessionFor } from "../support/keystone.js";
import { http, HttpResponse } from "msw";
import * as v from "valibot";
import { describe, expect, it } from "vitest";
import { BadRequestError, ForbiddenError } from "../../src/errors/http-error.js";
import { ResourceFailureError, ResourceTimeoutError } from "../../src/errors/sdk-errors.js";
import { defineResource } from "../../src/resource/define-resource.js";
import { mockServer } from "../support/server.js";

const ROOT = "http://widget.test:8000";
const API = `${ROOT}/v1`;
const server = mockServer();

const widgetSpec = {
  service: { type: "widget", version: "1" },
  path: "widgets",
  singular: "Widget",
  plural: "Widgets",
  key: "widget",
  pluralKey: "widgets",
  schema: v.looseObject({ id: v.string(), status: v.string() }),
  verbs: ["get", "delete", "waitFor"],
  status: { failures: ["ERROR", "KILLED"] },
} as const;
const widgets = defineResource(widgetSpec);

/** A widget whose GET answers the given statuses in turn (the last one forever); a number is an HTTP status. */
function widgetGoingThrough(...states: (string | number)[]) {
  const document = { versions: [{ id: "v1.0", status: "CURRENT", links: [{ rel: "self", href: `${API}/` }] }] };
  const keystone = fakeKeystone({ services: { widget: { url: ROOT, document } } });
  let polls = 0;
  server.use(
    ...keystone.handlers,
    http.get(`${API}/widgets/w1`, () => {
      const state = states[Math.min(polls++, states.length - 1)]!;
      if (typeof state === "number")
        return HttpResponse.json({ error: { message: `status ${state}` } }, { status: state });
      return HttpResponse.json({ widget: { id: "w1", status: state } });
    }),
  );
  return { session: sessionFor(keystone), polls: () => polls };
}

const fast = { interval: 1, maxInterval: 2 };

describe("waitFor (waitForStatus)", () => {
  it("polls until the status is reached, case-insensitively, reporting every state", async () => {
    const { session, polls } = widgetGoingThrough("BUILD", "build", "active");
    const seen: string[] = [];
    const widget = await widgets.waitFor(session, "w1", {
      ...fast,
      status: "ACTIVE",
      onProgress: (w) => seen.push(w.status),
    });
    expect(widget).toEqual({ id: "w1", status: "active" });
    expect(seen).toEqual(["BUILD", "build", "active"]);
    expect(polls()).toBe(3);
  });

  it("accepts any of several statuses", async () => {
    const { session } = widgetGoingThrough("BUILD", "SHUTOFF");
    expect((await widgets.waitFor(session, "w1", { ...fast, status: ["ACTIVE", "SHUTOFF"] })).status).toBe("SHUTOFF");
  });

  it("ends with ResourceFailureError on the resource's failure states", async () => {
    const { session, polls } = widgetGoingThrough("BUILD", "KILLED", "ACTIVE");
    const attempt = widgets.waitFor(session, "w1", { ...fast, status: "ACTIVE" });
    await expect(attempt).rejects.toBeInstanceOf(ResourceFailureError);
    await expect(attempt).rejects.toThrow("Widget w1 went to KILLED while waiting for ACTIVE");
    expect(polls()).toBe(2);
  });

  it("uses the caller's failure states instead, when given", async () => {
    const { session } = widgetGoingThrough("DEGRADED");
    await expect(
      widgets.waitFor(session, "w1", { ...fast, status: "ACTIVE", failures: ["degraded"] }),
    ).rejects.toBeInstanceOf(ResourceFailureError);
  });

  it("ends with ResourceTimeoutError naming the last state", async () => {
    const { session, polls } = widgetGoingThrough("BUILD");
    const attempt = widgets.waitFor(session, "w1", { ...fast, status: "ACTIVE", timeout: 30 });
    await expect(attempt).rejects.toBeInstanceOf(ResourceTimeoutError);
    await expect(attempt).rejects.toThrow(/waiting for Widget w1 to reach ACTIVE \(last state: BUILD\)/);
    expect(polls()).toBeGreaterThanOrEqual(1);
  });

  it("stops at once when the signal aborts, with the signal's reason", async () => {
    const { session, polls } = widgetGoingThrough("BUILD");
    const controller = new AbortController();
    const attempt = widgets.waitFor(session, "w1", {
      interval: 60_000,
      status: "ACTIVE",
      signal: controller.signal,
      onProgress: () => controller.abort(new Error("user cancelled")),
    });
    await expect(attempt).rejects.toThrow("user cancelled");
    expect(polls()).toBe(1);
  });

  it("passes an HTTP error through", async () => {
    const { session } = widgetGoingThrough("BUILD", 403);
    await expect(widgets.waitFor(session, "w1", { ...fast, status: "ACTIVE" })).rejects.toBeInstanceOf(ForbiddenError);
  });
});

describe("waitForDelete", () => {
  it("polls until GET answers 404", async () => {
    const { session, polls } = widgetGoingThrough("DELETING", "DELETING", 404);
    await expect(widgets.waitForDelete(session, "w1", fast)).resolves.toBeUndefined();
    expect(polls()).toBe(3);
  });

  it("polls on through the error the spec says a deleting item answers, and fails on any other", async () => {
    const fading = defineResource({ ...widgetSpec, whileDeleting: { status: 400, says: "master_count" } });
    // Magnum's answer for a cluster whose node groups are gone (its parsable_error middleware's shape).
    const magnum400 = (field: string) => ({
      errors: [
        {
          request_id: "",
          code: "client",
          status: 400,
          title: `Invalid input for field/attribute ${field}`,
          detail: `Invalid input for field/attribute ${field}. Value: '0'. Value should be greater or equal to 1`,
          links: [],
        },
      ],
    });
    const { session, polls } = widgetGoingThrough("DELETING", 404);
    let answers = [magnum400("master_count"), magnum400("master_count")];
    server.use(
      http.get(`${API}/widgets/w1`, () =>
        answers.length > 0 ? HttpResponse.json(answers.shift(), { status: 400 }) : undefined,
      ),
    );
    await expect(fading.waitForDelete(session, "w1", fast)).resolves.toBeUndefined();
    expect(polls()).toBe(2);
    // The same status for another reason is a failure, and so is this one for a spec that did not declare it.
    answers = [magnum400("node_count")];
    await expect(fading.waitForDelete(session, "w1", fast)).rejects.toThrow(/400: Invalid input .* node_count/);
    answers = [magnum400("master_count")];
    await expect(widgets.waitForDelete(session, "w1", fast)).rejects.toBeInstanceOf(BadRequestError);
  });

  it("times out naming the state the resource is stuck in", async () => {
    const { session } = widgetGoingThrough("DELETING");
    await expect(widgets.waitForDelete(session, "w1", { ...fast, timeout: 30 })).rejects.toThrow(
      /to be deleted \(last state: DELETING\)/,
    );
  });
});
