// The `openstack-ts-mock` command as a user runs it (the built bin): it prints where the fake
// cloud listens and how to log in, answers the SDK, and stops on SIGINT. Always the fake cloud.
import { spawn, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";
import { Connection } from "@openstack-ts/openstack";
import { afterAll, describe, expect, it } from "vitest";

const bin = fileURLToPath(new URL("../packages/mock/bin/openstack-ts-mock.mjs", import.meta.url));
let child: ChildProcess | undefined;
afterAll(() => void child?.kill("SIGKILL"));

/** Starts the command and resolves with everything it printed up to its last banner line. */
function start(args: string[]): Promise<string> {
  child = spawn(process.execPath, [bin, ...args], { stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  return new Promise((resolve, reject) => {
    child!.stdout!.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes("Ctrl+C stops it.")) resolve(out);
    });
    child!.stderr!.on("data", (chunk: Buffer) => (out += chunk.toString()));
    child!.on("exit", (code) => reject(new Error(`exited with ${code}: ${out}`)));
  });
}

describe("openstack-ts-mock", () => {
  it("starts on the port asked for (0: any free one), prints the auth URL and credentials, answers, and stops on SIGINT", async () => {
    const printed = await start(["--port", "0", "--host", "127.0.0.1"]);
    const authUrl = /auth URL +(\S+)/.exec(printed)?.[1];
    expect(authUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/v3$/);
    expect(printed).toMatch(/admin +admin \/ admin/);
    const conn = new Connection({ authUrl: authUrl!, username: "admin", password: "admin", projectName: "admin" });
    expect((await conn.identity.listProjects()).map((p) => p.name)).toContain("demo");
    expect((await conn.network.listNetworks()).map((n) => n.name)).toEqual(["public"]);
    const exited = new Promise<number | null>((resolve) => child!.once("exit", resolve));
    child!.kill("SIGINT");
    expect(await exited).toBe(0);
  });

  it("refuses a host that is not loopback", async () => {
    await expect(start(["--port", "0", "--host", "0.0.0.0"])).rejects.toThrow(
      /exited with 1: openstack-ts mock: refusing to listen on '0.0.0.0'/,
    );
  });
});
