import { HttpError, InvalidArgumentError, ResponseValidationError } from "@openstack-ts/core";
import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { API, computeCloud, microversionOf, novaError } from "../fixtures.js";
import { IMAGE_ID, SERVER_ID, serverCreatedBody } from "./fixtures.js";
import { createMicroversion, createServer } from "../../src/servers/server-create.js";

const { server, setup } = computeCloud();
const answer = () => http.post(`${API}/servers`, () => HttpResponse.json(serverCreatedBody, { status: 202 }));

describe("createServer", () => {
  it("posts the server envelope with scheduler hints beside it, and answers Nova's body", async () => {
    const { facade, seen } = setup();
    server.use(answer());
    const created = await facade.createServer({
      name: "new-server-test",
      imageRef: { id: IMAGE_ID },
      flavorRef: "1",
      networks: [{ uuid: { id: "net-1" } }, { port: "port-1" }, { uuid: "net-2", fixed_ip: "10.0.0.5" }],
      metadata: { "My Server Name": "Apache1" },
      key_name: { name: "my-key" },
      security_groups: [{ name: "default" }],
      "os:scheduler_hints": { group: "sg-1", same_host: ["a", "b"] },
    });
    expect(created).toEqual(serverCreatedBody);
    expect(await seen[0]!.json()).toEqual({
      server: {
        name: "new-server-test",
        imageRef: IMAGE_ID,
        flavorRef: "1",
        networks: [{ uuid: "net-1" }, { port: "port-1" }, { uuid: "net-2", fixed_ip: "10.0.0.5" }],
        metadata: { "My Server Name": "Apache1" },
        key_name: "my-key",
        security_groups: [{ name: "default" }],
      },
      "os:scheduler_hints": { group: "sg-1", same_host: ["a", "b"] },
    });
  });

  it("encodes text and bytes as base64 user data", async () => {
    const { facade, seen } = setup();
    server.use(answer());
    await facade.createServer({ name: "a", flavorRef: "1", networks: "none", user_data: "#!/bin/sh\necho héllo\n" });
    await facade.createServer({ name: "b", flavorRef: "1", networks: "none", user_data: new Uint8Array([0, 255, 16]) });
    const bodies = (await Promise.all(seen.map((r) => r.json()))) as { server: { user_data: string } }[];
    expect(atob(bodies[0]!.server.user_data)).toBe(
      String.fromCharCode(...new TextEncoder().encode("#!/bin/sh\necho héllo\n")),
    );
    expect(bodies[1]!.server.user_data).toBe("AP8Q");
  });

  it("asks for 2.37 (networks auto/none) unless a field given needs more", async () => {
    const { facade, seen } = setup();
    server.use(answer());
    await facade.createServer({ name: "a", flavorRef: "1", networks: "auto" });
    await facade.createServer({ name: "b", flavorRef: "1", networks: "none", tags: ["web"] });
    await facade.createServer({ name: "c", flavorRef: "1", networks: [{ uuid: "n", tag: "nic1" }] });
    await facade.createServer({ name: "d", flavorRef: "1", networks: "none", hostname: "d.example" });
    expect(seen.map(microversionOf)).toEqual(["2.37", "2.52", "2.42", "2.90"]);
    expect(seen[0]!.headers.get("x-openstack-nova-api-version")).toBe("2.37");
    expect(
      createMicroversion({
        name: "e",
        flavorRef: "1",
        networks: "none",
        block_device_mapping_v2: [{ uuid: "v", volume_type: "ssd" }],
      }),
    ).toBe("2.67");
  });

  it("lets Nova's 406 through when it does not know the microversion a field needs", async () => {
    const { facade } = setup({ maxMicroversion: "2.60" });
    server.use(
      http.post(`${API}/servers`, () =>
        novaError(
          406,
          "Version 2.90 is not supported by the API. Minimum is 2.1 and maximum is 2.60.",
          "notAcceptable",
        ),
      ),
    );
    const failure = facade.createServer({ name: "d", flavorRef: "1", networks: "none", hostname: "d" });
    await expect(failure).rejects.toBeInstanceOf(HttpError);
    await expect(failure).rejects.toThrow("maximum is 2.60");
  });

  it("refuses a create without name, flavor or networks before sending", async () => {
    const { facade, seen } = setup();
    // @ts-expect-error: networks is required (Nova requires it from 2.37)
    await expect(facade.createServer({ name: "a", flavorRef: "1" })).rejects.toBeInstanceOf(InvalidArgumentError);
    // @ts-expect-error: flavorRef is required
    await expect(facade.createServer({ name: "a", networks: "none" })).rejects.toThrow("'flavorRef'");
    // @ts-expect-error: "some" is not a networks value
    await expect(facade.createServer({ name: "a", flavorRef: "1", networks: "some" })).rejects.toThrow("'networks'");
    expect(seen).toHaveLength(0);
  });

  it("createServer() gives the typed answer for tree-shaking users", async () => {
    const { session } = setup();
    server.use(answer());
    const created = await createServer(session, { name: "x", flavorRef: "1", networks: "none" });
    expect(created.id).toBe(SERVER_ID);
    expect(created.adminPass).toBe("6NpUwoz2QDRN");
    server.use(http.post(`${API}/servers`, () => HttpResponse.json({ reservation_id: "r-1" }, { status: 202 })));
    await expect(createServer(session, { name: "x", flavorRef: "1", networks: "none" })).rejects.toBeInstanceOf(
      ResponseValidationError,
    );
  });
});
