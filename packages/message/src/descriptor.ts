import type { ServiceDescriptor } from "@openstack-ts/core";
import * as v from "valibot";
import { sessionHeaders } from "./client-id.js";

/**
 * Zaqar: the messaging API v2, no microversions. Zaqar wants two headers on every call:
 * `Client-ID`, a UUID naming the client (it decides which messages `echo` leaves out), made
 * once per session (./client-id.ts) unless a call gives its own as `clientId`; and
 * `X-Project-ID`, the token's project.
 */
export const messageService = {
  type: "message",
  version: "2",
  callHeaders: {
    clientId: {
      header: "Client-ID",
      value: v.pipe(v.string(), v.uuid("a UUID (Zaqar refuses any other Client-ID)")),
    },
  },
  sessionHeaders,
} as const satisfies ServiceDescriptor;
