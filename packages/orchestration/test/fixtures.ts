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

/** Heat's redirect of `stacks/{name or id}[/…]` to the stack's canonical URL. */
export const found = (path: string) => new HttpResponse(null, { status: 302, headers: { Location: `${API}/${path}` } });

/** A stack as GET shows it, trimmed to what the tests read. */
export const stackBody = (status = "CREATE_COMPLETE", reason = "Stack CREATE completed successfully") => ({
  stack: {
    id: "s-1",
    stack_name: "web",
    stack_status: status,
    stack_status_reason: reason,
    creation_time: "2026-01-01T00:00:00Z",
    links: [{ rel: "self", href: `${API}/stacks/web/s-1` }],
  },
});
