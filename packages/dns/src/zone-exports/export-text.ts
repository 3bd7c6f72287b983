import { clientFor, fillPath, type CallOptions, type Ref, type SessionOrClient } from "@openstack-ts/core";
import { dnsService } from "../descriptor.js";

/**
 * The zone file a COMPLETE export made, as text (`$ORIGIN example.org.` …). Asked for as
 * `text/dns`: Designate answers that media type only.
 */
export async function getZoneExportText(
  target: SessionOrClient,
  zoneExport: Ref,
  options: CallOptions = {},
): Promise<string> {
  const path = fillPath("zones/tasks/exports/{id}/export", { id: zoneExport });
  const response = await clientFor(target, dnsService).get(path, {
    headers: { Accept: "text/dns" },
    signal: options.signal,
  });
  return response.text();
}
