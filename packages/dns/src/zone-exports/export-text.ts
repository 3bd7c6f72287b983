import {
  callHeadersOf,
  clientFor,
  fillPath,
  refuseUnknownOptions,
  type CallOptions,
  type HeaderOptions,
  type Ref,
  type SessionOrClient,
} from "@openstack-ts/core";
import { dnsService } from "../descriptor.js";

/**
 * The zone file a COMPLETE export made, as text (`$ORIGIN example.org.` …). Asked for as
 * `text/dns`: Designate answers that media type only. Takes the project header options as
 * every DNS call does.
 */
export async function getZoneExportText(
  target: SessionOrClient,
  zoneExport: Ref,
  options: CallOptions & HeaderOptions<typeof dnsService> = {},
): Promise<string> {
  const what = "getZoneExportText";
  refuseUnknownOptions(dnsService, what, options, ["signal"]);
  const path = fillPath("zones/tasks/exports/{id}/export", { id: zoneExport });
  const response = await clientFor(target, dnsService).get(path, {
    headers: { ...callHeadersOf(dnsService, what, options), Accept: "text/dns" },
    signal: options.signal,
  });
  return response.text();
}
