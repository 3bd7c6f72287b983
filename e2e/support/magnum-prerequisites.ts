// What a Magnum cluster template names, made once per test file the same way on the real
// cloud and on the fake one, so e2e/container-infra.test.ts, its fidelity twin
// e2e/mock-container-infrastructure-management.test.ts and the parity file beside Python
// cannot drift apart.
import type { Connection } from "@openstack-ts/openstack";

export interface MagnumPrerequisites {
  networkId: string;
  imageId: string;
  keypair: string;
}

/**
 * An external network with a subnet (a cluster's Heat stack takes a floating IP from it), an
 * image whose `os_distro` picks Magnum's Kubernetes driver (k8s_fedora_coreos_v1), uploaded so
 * Nova can boot it, and a key pair. Each undo is pushed onto `cleanup`, to run newest first.
 */
export async function magnumPrerequisites(
  conn: Connection,
  prefix: string,
  cleanup: (() => Promise<unknown>)[],
): Promise<MagnumPrerequisites> {
  const network = await conn.network.createNetwork({ name: `${prefix}-ext`, "router:external": true });
  cleanup.push(() => conn.network.deleteNetwork(network.id));
  await conn.network.createSubnet({
    network_id: network.id,
    name: `${prefix}-ext`,
    cidr: "172.31.240.0/24",
    ip_version: 4,
    enable_dhcp: false,
  });
  const image = await conn.image.createImage({
    name: `${prefix}-fcos`,
    disk_format: "qcow2",
    container_format: "bare",
    os_distro: "fedora-coreos",
  });
  cleanup.push(() => conn.image.deleteImage(image.id));
  await conn.image.uploadImage(image, new Uint8Array(1024));
  const { name: keypair } = await conn.compute.createKeypair({ name: `${prefix}-kp` });
  cleanup.push(() => conn.compute.deleteKeypair(keypair));
  return { networkId: network.id, imageId: image.id, keypair };
}

/** A Kubernetes cluster template's fields on those prerequisites, on the cloud's smallest flavor. */
export const templateOn = ({ networkId, imageId, keypair }: MagnumPrerequisites, name: string) => ({
  name,
  coe: "kubernetes" as const,
  image_id: imageId,
  external_network_id: networkId,
  keypair_id: keypair,
  flavor_id: "m1.tiny",
  master_flavor_id: "m1.tiny",
  docker_volume_size: 1,
});
