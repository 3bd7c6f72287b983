// Plays ironic-python-agent for Ironic Inspector's tests: a fake-hardware node in manageable
// with one port of a random MAC, and the inventory the ramdisk would post to /v1/continue.
import type { Connection } from "@openstack-ts/openstack";

/** A random locally administered MAC, so that runs never collide on Ironic's unique addresses. */
export const randomMac = () =>
  [
    "02",
    ...Array.from({ length: 5 }, () =>
      Math.floor(Math.random() * 256)
        .toString(16)
        .padStart(2, "0"),
    ),
  ].join(":");

/**
 * An inventory as the ramdisk reports it: the MAC the inspector looks the node up by, and
 * what its scheduler hook turns into the node's cpus, memory_mb, local_gb and cpu_arch.
 */
export function inventoryOf(mac: string, cpus = 4, memoryMb = 8192) {
  const disk = { name: "/dev/sda", size: 100 * 1024 ** 3, rotational: false };
  return {
    inventory: {
      interfaces: [{ name: "eth0", mac_address: mac }],
      cpu: { count: cpus, architecture: "x86_64" },
      memory: { physical_mb: memoryMb, total: memoryMb * 1024 ** 2 },
      disks: [disk],
    },
    root_disk: disk,
    boot_interface: mac,
  };
}

/** POST /v1/continue without a token, as the ramdisk does; the inspector's answer, parsed. */
export async function postInventory(conn: Connection, body: unknown): Promise<{ status: number; body: unknown }> {
  const root = (await conn.session.endpointFor("baremetal-introspection")).replace(/\/+$/, "");
  const response = await fetch(`${root}/v1/continue`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: await response.json().catch(() => undefined) };
}
