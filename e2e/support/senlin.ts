// What a Senlin cluster of Nova servers needs on the loopback cloud, for the suites that
// make one (clustering.test.ts, sdk-parity-clustering.test.ts).
import type { Connection } from "@openstack-ts/openstack";

/** An image of a few bytes: all Glance and the fake driver need to boot a server. */
export async function makeTinyImage(conn: Connection, name: string): Promise<string> {
  const image = await conn.image
    .post("images", { json: { name, disk_format: "raw", container_format: "bare" } })
    .json<{ id: string }>();
  await conn.image.put(`images/${image.id}/file`, {
    body: new TextEncoder().encode("not really a disk"),
    headers: { "Content-Type": "application/octet-stream" },
  });
  return image.id;
}

/**
 * A Nova server profile's spec, on the given networks. On the test's own network Senlin
 * makes each node's port there; without one, Nova picks the project's network itself, and
 * fails when the admin project sees several (other suites make theirs).
 */
export const serverSpec = (image: string, networks: { network: string }[]) => ({
  type: "os.nova.server",
  version: "1.0",
  properties: { flavor: "m1.tiny", image, networks },
});
