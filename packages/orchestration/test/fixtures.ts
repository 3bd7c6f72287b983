// The fake cloud every orchestration test runs against. A fixtures file, so the package build
// leaves it (and msw) out, as it does the sample bodies.
import { clientFor, createFacade } from "@openstack-ts/core";
import { mockServer, testCloud } from "@openstack-ts/mock/vitest";
import { http, HttpResponse } from "msw";
import { orchestration } from "../src/service-definition.js";
import { orchestrationService } from "../src/descriptor.js";

export const HEAT = "http://heat.test:8004";
/** The project of the fake admin token: what `%(project_id)s` in the catalog becomes. */
export const PROJECT = "p-admin";
export const API = `${HEAT}/v1/${PROJECT}`;

/** Heat's root document, as it answers GET / (api-ref `versions-list-response.json`, one version). */
export const heatVersions = {
  versions: [{ id: "v1.0", status: "CURRENT", links: [{ rel: "self", href: `${HEAT}/v1/` }] }],
};

/**
 * An msw server for one test file, and `setup()` for one test: a session on a fake cloud
 * whose catalog lists Heat at `/v1/%(project_id)s`, discovery as the real one answers it (401
 * at /v1, the versions at /), the
 * `conn.orchestration` façade, and the API requests it saw.
 */
export function orchestrationCloud() {
  const server = mockServer();
  const setup = () => {
    server.use(
      // As the real one: the version's root needs a token, the versions are at /.
      http.get(`${HEAT}/v1`, () =>
        HttpResponse.json(
          {
            error: { code: 401, title: "Unauthorized", message: "The request you have made requires authentication." },
          },
          { status: 401 },
        ),
      ),
      http.get(`${HEAT}/`, () => HttpResponse.json(heatVersions, { status: 300 })),
    );
    const cloud = testCloud(server, {
      services: { orchestration: { url: `${HEAT}/v1/%(project_id)s` } },
      watch: (u) => u.startsWith(`${API}/`),
      session: { retries: false },
    });
    return { ...cloud, facade: createFacade(clientFor(cloud.session, orchestrationService), orchestration) };
  };
  return { server, setup };
}

/** `POST /stacks/s/1/actions`: what a request was, relative to the project's API root. */
export const sent = (request: Request): string => {
  const url = new URL(request.url);
  return `${request.method} ${url.pathname.slice(`/v1/${PROJECT}`.length)}${decodeURIComponent(url.search)}`;
};

/** The id of the stack the tests use (Heat's ids are UUIDs, and the SDK looks a UUID up by id first). */
export const STACK_ID = "5a1c0d3e-7b2f-4c69-9d0e-2f3a4b5c6d7e";
/** Its canonical URL, `stacks/{stack_name}/{id}`: the only place the SDK reads or changes a stack. */
export const CANONICAL = `${API}/stacks/web/${STACK_ID}`;

/** A stack as GET shows it, trimmed to what the tests read. */
export const stackBody = (status = "CREATE_COMPLETE", reason = "Stack CREATE completed successfully") => ({
  stack: {
    id: STACK_ID,
    stack_name: "web",
    stack_status: status,
    stack_status_reason: reason,
    creation_time: "2026-01-01T00:00:00Z",
    links: [{ rel: "self", href: CANONICAL }],
  },
});

/**
 * Heat's list as the SDK's lookup reads it: `id` and `name` filters, deleted stacks only with
 * `show_deleted`. Nothing answers `stacks/{name or id}` (Heat's 302): a request there is
 * unhandled, and fails the test that made it.
 */
export function serveStackList(server: ReturnType<typeof orchestrationCloud>["server"], stacks: () => object[]) {
  server.use(
    http.get(`${API}/stacks`, ({ request }) => {
      const query = new URL(request.url).searchParams;
      const rows = stacks() as { id: string; stack_name: string; stack_status: string }[];
      const shown = rows.filter(
        (s) =>
          (query.get("show_deleted") === "true" || s.stack_status !== "DELETE_COMPLETE") &&
          (!query.has("id") || s.id === query.get("id")) &&
          (!query.has("name") || s.stack_name === query.get("name")),
      );
      return HttpResponse.json({ stacks: shown });
    }),
  );
}
