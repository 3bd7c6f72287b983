import { InvalidArgumentError, MicroversionError } from "@openstack-ts/core";
import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { accepted, API, computeCloud, microversionOf, sent } from "../fixtures.js";
import { IMAGE_ID, SERVER_ID, serverBody } from "./fixtures.js";
import { createServerImage } from "../../src/servers/server-image.js";

const { server, setup } = computeCloud();
const ACTION = `/v2.1/servers/${SERVER_ID}/action`;
const onAction = (answer: () => Response = accepted) => http.post(`${API}/servers/:id/action`, answer);

/** Every action whose body is fixed, with that body. */
const simple = [
  ["startServer", { "os-start": null }],
  ["stopServer", { "os-stop": null }],
  ["pauseServer", { pause: null }],
  ["unpauseServer", { unpause: null }],
  ["suspendServer", { suspend: null }],
  ["resumeServer", { resume: null }],
  ["lockServer", { lock: null }],
  ["unlockServer", { unlock: null }],
  ["unrescueServer", { unrescue: null }],
  ["confirmServerResize", { confirmResize: null }],
  ["revertServerResize", { revertResize: null }],
] as const;

describe("server actions", () => {
  it.each(simple)("%s posts %j to the server's action URL, without a microversion", async (name, body) => {
    const { facade, seen } = setup();
    server.use(onAction());
    expect(await facade[name]({ server: serverBody })).toBeUndefined();
    expect(seen.map(sent)).toEqual([`POST ${ACTION}`]);
    expect(await seen[0]!.json()).toEqual(body);
    expect(microversionOf(seen[0]!)).toBeUndefined();
  });

  it("reboots, resizes and rescues with their arguments, ids taken from resources", async () => {
    const { facade, seen } = setup();
    server.use(onAction(() => HttpResponse.json({ adminPass: "MySecretPass" })));
    await facade.rebootServer({ server: SERVER_ID, type: "HARD" });
    await facade.resizeServer({ server: SERVER_ID, flavorRef: { id: "2" }, "OS-DCF:diskConfig": "AUTO" });
    expect(await facade.rescueServer({ server: SERVER_ID, rescue_image_ref: { id: IMAGE_ID } })).toEqual({
      adminPass: "MySecretPass",
    });
    expect(await Promise.all(seen.map((r) => r.json()))).toEqual([
      { reboot: { type: "HARD" } },
      { resize: { flavorRef: "2", "OS-DCF:diskConfig": "AUTO" } },
      { rescue: { rescue_image_ref: IMAGE_ID } },
    ]);
    // @ts-expect-error: reboot types are SOFT and HARD
    await facade.rebootServer({ server: SERVER_ID, type: "WARM" });
  });

  it("locks with a reason at 2.73, and without one at no microversion", async () => {
    const { facade, seen } = setup();
    server.use(onAction());
    await facade.lockServer({ server: SERVER_ID, locked_reason: "maintenance" });
    await facade.lockServer({ server: SERVER_ID });
    expect(await seen[0]!.json()).toEqual({ lock: { locked_reason: "maintenance" } });
    expect(seen.map(microversionOf)).toEqual(["2.73", undefined]);
  });

  it("rebuilds at the microversion its fields need and answers the server", async () => {
    const { facade, seen } = setup();
    server.use(onAction(() => HttpResponse.json({ server: serverBody }, { status: 202 })));
    const rebuilt = (await facade.rebuildServer({
      server: SERVER_ID,
      imageRef: IMAGE_ID,
      name: "foobar",
      key_name: "kp",
      user_data: "hi",
    })) as { server: { id: string } };
    expect(rebuilt.server.id).toBe(SERVER_ID);
    expect(await seen[0]!.json()).toEqual({
      rebuild: { imageRef: IMAGE_ID, name: "foobar", key_name: "kp", user_data: "aGk=" },
    });
    expect(microversionOf(seen[0]!)).toBe("2.57");
    await facade.rebuildServer({ server: SERVER_ID, imageRef: { id: IMAGE_ID } });
    expect(microversionOf(seen[1]!)).toBeUndefined();
  });

  it("adds and removes a security group by name, id or the group", async () => {
    const { facade, seen } = setup();
    server.use(onAction());
    await facade.addSecurityGroupToServer({ server: SERVER_ID, security_group: "default" });
    await facade.removeSecurityGroupFromServer({
      server: SERVER_ID,
      security_group: { id: "85cc3048-abc3-43cc-89b3-377341426ac5" },
    });
    expect(await Promise.all(seen.map((r) => r.json()))).toEqual([
      { addSecurityGroup: { name: "default" } },
      { removeSecurityGroup: { name: "85cc3048-abc3-43cc-89b3-377341426ac5" } },
    ]);
  });

  it("createServerImage reads the image id from Location (before 2.45) or from the body (2.45+)", async () => {
    const { facade, session, seen } = setup();
    server.use(
      onAction(
        () =>
          new HttpResponse(null, { status: 202, headers: { Location: `http://glance.test/v2/images/${IMAGE_ID}` } }),
      ),
    );
    const response = await facade.createServerImage({
      server: SERVER_ID,
      name: "snap",
      metadata: { meta_var: "meta_val" },
    });
    expect(response.headers.get("location")).toContain(IMAGE_ID);
    expect(await createServerImage(session, { server: SERVER_ID, name: "snap" })).toBe(IMAGE_ID);
    expect(await seen[0]!.json()).toEqual({ createImage: { name: "snap", metadata: { meta_var: "meta_val" } } });
    server.use(
      onAction(() => HttpResponse.json({ image_id: "0e7761dd-ee98-41f0-ba35-05994e446431" }, { status: 202 })),
    );
    expect(await createServerImage(session, { server: SERVER_ID, name: "snap" })).toBe(
      "0e7761dd-ee98-41f0-ba35-05994e446431",
    );
    server.use(onAction(() => accepted()));
    await expect(createServerImage(session, { server: SERVER_ID, name: "snap" })).rejects.toThrow(/image_id/);
  });

  it("gets console output and a remote console URL (which needs 2.6, mks 2.8)", async () => {
    const { facade, seen } = setup();
    server.use(
      onAction(() => HttpResponse.json({ output: "FAKE CONSOLE OUTPUT\nANOTHER\nLAST LINE" })),
      http.post(`${API}/servers/:id/remote-consoles`, () =>
        HttpResponse.json({
          remote_console: {
            protocol: "vnc",
            type: "novnc",
            url: "http://example.com:6080/vnc_auto.html?path=%3Ftoken%3Db60bcfc3",
          },
        }),
      ),
    );
    expect(await facade.getServerConsoleOutput({ server: SERVER_ID, length: 50 })).toEqual({
      output: "FAKE CONSOLE OUTPUT\nANOTHER\nLAST LINE",
    });
    await facade.getServerConsoleOutput({ server: SERVER_ID });
    const console = (await facade.createServerRemoteConsole({ server: SERVER_ID, protocol: "vnc", type: "novnc" })) as {
      remote_console: { url: string };
    };
    expect(console.remote_console.url).toContain("vnc_auto.html");
    expect(await Promise.all(seen.map((r) => r.json()))).toEqual([
      { "os-getConsoleOutput": { length: 50 } },
      { "os-getConsoleOutput": {} },
      { remote_console: { protocol: "vnc", type: "novnc" } },
    ]);
    expect(microversionOf(seen[2]!)).toBe("2.6");
    await facade.createServerRemoteConsole({ server: SERVER_ID, protocol: "mks", type: "webmks" });
    expect(microversionOf(seen[3]!)).toBe("2.8");
    // @ts-expect-error: novnc is a VNC console type, not a serial one
    await facade.createServerRemoteConsole({ server: SERVER_ID, protocol: "serial", type: "novnc" });
  });

  it("refuses a remote console on a Nova without 2.6, before sending", async () => {
    const { facade, seen } = setup({ maxMicroversion: "2.5" });
    const failure = facade.createServerRemoteConsole({ server: SERVER_ID, protocol: "vnc", type: "novnc" });
    await expect(failure).rejects.toBeInstanceOf(MicroversionError);
    await expect(failure).rejects.toThrow(/2\.6.*2\.5/);
    expect(seen).toHaveLength(0);
  });

  it("checks the server argument before sending", async () => {
    const { facade, seen } = setup();
    await expect(facade.stopServer({ server: "../flavors" })).rejects.toBeInstanceOf(InvalidArgumentError);
    // @ts-expect-error: the server is required
    await expect(facade.startServer({})).rejects.toBeInstanceOf(InvalidArgumentError);
    expect(seen).toHaveLength(0);
  });
});
