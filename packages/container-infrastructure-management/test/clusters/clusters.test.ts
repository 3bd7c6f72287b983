import { MicroversionError, ResourceFailureError } from "@openstack-ts/core";
import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { API, fault, magnumCloud, sent, versionOf } from "../fixtures.js";

const { server, setup } = magnumCloud();

const cluster = (uuid: string, over: Record<string, unknown> = {}) => ({
  uuid,
  name: `c-${uuid}`,
  cluster_template_id: "t1",
  status: "CREATE_IN_PROGRESS",
  status_reason: null,
  node_count: 1,
  master_count: 1,
  ...over,
});

describe("clusters", () => {
  it("negotiate the microversion: the lower of the server's and the SDK's, in Magnum's header", async () => {
    const { facade, seen } = setup("1.10");
    server.use(http.get(`${API}/clusters/:id`, ({ params }) => HttpResponse.json(cluster(String(params.id)))));
    await facade.getCluster("c1");
    expect(seen[0]!.headers.get("OpenStack-API-Version")).toBe("container-infra 1.10");
    const older = setup("1.6");
    await older.facade.getCluster("c1");
    expect(versionOf(older.seen[0]!)).toBe("1.6");
  });

  it("create answers the cluster Magnum then has, not only the uuid it answered", async () => {
    const { facade, seen } = setup();
    server.use(
      http.post(`${API}/clusters`, () => HttpResponse.json({ uuid: "c1" }, { status: 202 })),
      http.get(`${API}/clusters/c1`, () => HttpResponse.json(cluster("c1"))),
    );
    const made = await facade.createCluster({ cluster_template_id: "t1", node_count: 1, create_timeout: 1 });
    expect(made).toMatchObject({ uuid: "c1", status: "CREATE_IN_PROGRESS" });
    expect(seen.map(sent)).toEqual(["POST clusters", "GET clusters/c1"]);
    await expect(facade.createCluster({ cluster_template_id: "t1", nodes: 2 } as never)).rejects.toThrow(/'nodes'/);
  });

  it("update sends a JSON patch of the fields given (null removes), with rollback at 1.3", async () => {
    const { facade, seen } = setup();
    server.use(
      http.patch(`${API}/clusters/c1`, () => HttpResponse.json({ uuid: "c1" }, { status: 202 })),
      http.get(`${API}/clusters/c1`, () => HttpResponse.json(cluster("c1", { status: "UPDATE_IN_PROGRESS" }))),
    );
    await facade.updateCluster("c1", { node_count: 3, health_status: null }, { rollback: true });
    const patch = seen.find((r) => r.method === "PATCH")!;
    expect(sent(patch)).toBe("PATCH clusters/c1?rollback=True");
    expect(await patch.json()).toEqual([
      { op: "replace", path: "/node_count", value: 3 },
      { op: "remove", path: "/health_status" },
    ]);
    await expect(facade.updateCluster("c1", {})).rejects.toThrow(/nothing to change/);
  });

  it("waitForCluster fails on a *_FAILED state with Magnum's reason", async () => {
    const { facade } = setup();
    let polls = 0;
    server.use(
      http.get(`${API}/clusters/c1`, () =>
        HttpResponse.json(
          cluster("c1", polls++ === 0 ? {} : { status: "CREATE_FAILED", status_reason: "default-master failed" }),
        ),
      ),
    );
    const failure = facade.waitForCluster("c1", { interval: 1 });
    await expect(failure).rejects.toBeInstanceOf(ResourceFailureError);
    await expect(failure).rejects.toThrow(/CREATE_FAILED.*default-master failed/);
  });

  it("waitForCluster answers the cluster in the state waited for", async () => {
    const { facade } = setup();
    server.use(http.get(`${API}/clusters/c1`, () => HttpResponse.json(cluster("c1", { status: "DELETE_FAILED" }))));
    // a failure state waited for is no failure
    expect((await facade.waitForCluster("c1", { status: "DELETE_FAILED", interval: 1 })).status).toBe("DELETE_FAILED");
  });

  it("waitForDeleteCluster waits through the 400 Magnum answers once the node groups are gone", async () => {
    const { facade } = setup();
    const answers = [
      () => HttpResponse.json(cluster("c1", { status: "DELETE_IN_PROGRESS" })),
      () =>
        fault(400, "Invalid input for field/attribute master_count. Value: '0'. Value should be greater or equal to 1"),
      () => fault(404, "Cluster c1 could not be found."),
    ];
    let polls = 0;
    server.use(http.get(`${API}/clusters/c1`, () => answers[Math.min(polls++, answers.length - 1)]!()));
    await expect(facade.waitForDeleteCluster("c1", { interval: 1 })).resolves.toBeUndefined();
    expect(polls).toBe(3);
    // any other 400 still ends the wait
    answers[1] = () => fault(400, "Invalid input for field/attribute node_count. Value: '-1'.");
    polls = 0;
    await expect(facade.waitForDeleteCluster("c1", { interval: 1 })).rejects.toThrow(/node_count/);
  });

  it("resize needs 1.7: refused before any request on an older Magnum", async () => {
    const { facade, seen } = setup("1.6");
    await expect(facade.resizeCluster({ cluster: "c1", node_count: 2 })).rejects.toBeInstanceOf(MicroversionError);
    expect(seen).toHaveLength(0);
  });

  it("a refusal keeps Magnum's reason", async () => {
    const { facade } = setup();
    server.use(
      http.patch(`${API}/certificates/c1`, () =>
        fault(400, 'Updating a cluster when status is "CREATE_FAILED" is not supported.'),
      ),
    );
    await expect(facade.rotateClusterCertificate({ cluster: "c1" })).rejects.toThrow(/CREATE_FAILED/);
  });
});
