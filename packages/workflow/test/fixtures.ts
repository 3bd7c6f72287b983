// The fake cloud every workflow test runs against. A fixtures file, so the package build
// leaves it (and msw) out.
import { clientFor, createFacade } from "@openstack-ts/core";
import { http, HttpResponse } from "msw";
import { mockServer, testCloud } from "@openstack-ts/mock/vitest";
import { workflowService } from "../src/descriptor.js";
import { workflow } from "../src/service-definition.js";

export const MISTRAL = "http://mistral.test:8989";
/** Mistral registers itself at `<root>/v2`, under the type `workflowv2`. */
export const API = `${MISTRAL}/v2`;

/** Mistral's root document, as Zed answers it: one version, v2.0, at `<root>/v2`. */
export const rootDocument = {
  versions: [{ id: "v2.0", status: "CURRENT", links: [{ href: API, target: "v2", rel: "self" }] }],
};

export const PROJECT = "21c07ace0c6a4f638f2e85334f1d1905";
export const WORKFLOW_ID = "b32ba3fd-8dcb-49ed-9e0d-0366bd13f088";
export const EXECUTION_ID = "a310650d-c6bb-4c2b-8422-9253027706bb";

/** A workflow as Mistral answers it (the real loopback cloud's, trimmed). */
export const workflowBody = (fields: Record<string, unknown> = {}) => ({
  id: WORKFLOW_ID,
  name: "hello",
  namespace: "",
  input: 'msg="hello"',
  interface: { input: [{ msg: "hello" }], output: ["said"] },
  definition: "version: '2.0'\nhello:\n  tasks:\n    one:\n      action: std.noop\n",
  tags: [],
  scope: "private",
  project_id: PROJECT,
  created_at: "2026-12-06 12:48:28",
  ...fields,
});

/** An execution as Mistral answers it: its JSON fields as JSON text. */
export const executionBody = (fields: Record<string, unknown> = {}) => ({
  id: EXECUTION_ID,
  workflow_id: WORKFLOW_ID,
  workflow_name: "hello",
  workflow_namespace: "",
  description: "",
  tags: [],
  params: '{"namespace": "", "env": {}}',
  task_execution_id: null,
  root_execution_id: null,
  state: "RUNNING",
  state_info: null,
  input: '{"msg": "hi"}',
  created_at: "2026-12-06 12:48:28",
  updated_at: "2026-12-06 12:48:30",
  project_id: PROJECT,
  ...fields,
});

/**
 * An msw server for one test file, and `setup()` for one test: a session on a fake cloud
 * whose catalog names Mistral `workflowv2` (as Mistral registers itself), the
 * `conn.workflow` façade over it, and the Mistral requests sent (discovery left out).
 */
export function workflowCloud() {
  const server = mockServer();
  const setup = () => {
    const cloud = testCloud(server, {
      services: { workflowv2: { url: API, document: rootDocument, documentUrl: `${MISTRAL}/` } },
      watch: (url) => url.startsWith(`${API}/`) && url !== `${API}/`,
    });
    // What Mistral answers at its catalog URL (after a redirect to `/v2/`): only its own URL, no versions.
    server.use(http.get(API, () => HttpResponse.json({ uri: API })));
    return { ...cloud, facade: createFacade(clientFor(cloud.session, workflowService), workflow) };
  };
  return { server, setup };
}

/** `PUT /v2/executions/abc?x=1`: what a request was, for comparing lists of them. */
export const sent = (request: Request): string => {
  const url = new URL(request.url);
  return `${request.method} ${url.pathname}${decodeURIComponent(url.search)}`;
};
