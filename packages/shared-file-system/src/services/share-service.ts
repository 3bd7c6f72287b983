import { defineResource, type Item } from "@openstack-ts/core";
import * as v from "valibot";
import { sharedFileSystemService } from "../descriptor.js";
import { MANILA_MAX, maybeString } from "../shared.js";

/** A Manila process (manila-share, manila-scheduler, manila-data) on a host (admin). */
export const Service = v.looseObject({
  id: v.number(),
  binary: v.string(),
  host: v.string(),
  zone: maybeString,
  /** enabled or disabled. */
  status: v.string(),
  /** up or down. */
  state: v.string(),
  updated_at: maybeString,
  disabled_reason: maybeString,
});

const hostAndBinary = (a: { host: string; binary: string }) => ({ host: a.host, binary: a.binary });

/** Manila's own services (admin): openstacksdk's `services`, `enable_service`, `disable_service`. */
export const services = defineResource({
  service: sharedFileSystemService,
  path: "services",
  singular: "Service",
  plural: "Services",
  pluralKey: "services",
  idType: "integer",
  schema: Service,
  verbs: ["list"],
  query: ["binary", "host", "zone", "status", "state"],
  pagination: "none",
  maxMicroversion: MANILA_MAX,
  actions: {
    enableService: {
      method: "PUT",
      path: "services/enable",
      body: hostAndBinary,
      returns: "json",
      maxMicroversion: MANILA_MAX,
    },
    /** `disabled_reason` from 2.83 (not in Zed). */
    disableService: {
      method: "PUT",
      path: "services/disable",
      body: hostAndBinary,
      returns: "json",
      maxMicroversion: MANILA_MAX,
    },
  },
});
export type Service = Item<typeof services>;
