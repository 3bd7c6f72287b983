import { actionFunctions } from "@openstack-ts/core";
import * as v from "valibot";
import { containerInfrastructureManagementService } from "../descriptor.js";
import { ClusterId, links, MAGNUM_MAX, maybeString } from "../shared.js";

/** A cluster's CA certificate, or a certificate its CA signed (then with the `csr` it was asked for). */
export const ClusterCertificate = v.looseObject({
  cluster_uuid: v.string(),
  /** The certificate, PEM-encoded. */
  pem: v.string(),
  csr: maybeString,
  /** The Bay API's name of cluster_uuid, on older clouds. */
  bay_uuid: maybeString,
  links,
});
export type ClusterCertificate = v.InferOutput<typeof ClusterCertificate>;

/** What signing takes: the cluster and a PEM certificate signing request. */
export interface CertificateSigning {
  readonly cluster_uuid: string;
  readonly csr: string;
}

/**
 * A cluster's certificates: `getClusterCertificate({ cluster })` answers its CA,
 * `createClusterCertificate({ cluster_uuid, csr })` has the CA sign a request (a client's
 * key for the COE's API), `rotateClusterCertificate({ cluster })` (1.5) replaces the CA, so
 * certificates it signed before no longer pass (Magnum runs it in the conductor, 202).
 */
export const { getClusterCertificate, createClusterCertificate, rotateClusterCertificate } = actionFunctions(
  containerInfrastructureManagementService,
  {
    getClusterCertificate: {
      method: "GET",
      path: "certificates/{cluster}",
      idField: "uuid",
      returns: "json",
      schema: ClusterCertificate,
      maxMicroversion: MAGNUM_MAX,
    },
    createClusterCertificate: {
      method: "POST",
      path: "certificates",
      body: (a: CertificateSigning) => ({ cluster_uuid: a.cluster_uuid, csr: a.csr }),
      returns: "json",
      schema: ClusterCertificate,
      maxMicroversion: MAGNUM_MAX,
    },
    rotateClusterCertificate: {
      method: "PATCH",
      path: "certificates/{cluster}",
      idField: "uuid",
      // idempotent in effect for the caller, but each call makes a new CA: never retried
      idempotent: false,
      returns: "json",
      schema: ClusterId,
      requires: "1.5",
      maxMicroversion: MAGNUM_MAX,
    },
  },
);
