// Every sample of Masakari's API reference (doc/api_samples) for a resource or call this
// package declares, and the call that reads or sends it. Where the files come from: SOURCE.md.
import type { RequestCase, ResponseCase } from "./sample-cases.js";

const S = "samples/";
const SEGMENT = "9e800031-6946-4b43-bf09-8b3d1cab792b";
const HOST = "083a8474-22c0-407f-b89b-c569134c3bfd";
const NOTIFICATION = "a0e70d3a-b3a2-4616-b65d-a7c03a2c85fc";
const failover_segment_id = SEGMENT;

export const responseCases: ResponseCase[] = [
  // segments
  { file: `${S}segments/segment-get-resp.json`, call: (f) => f.getSegment(SEGMENT) },
  { file: `${S}segments/segments-list-resp.json`, call: (f) => f.listSegments(), key: "segments" },
  // hosts
  { file: `${S}hosts/host-get-resp.json`, call: (f) => f.getHost(HOST, { failover_segment_id }) },
  { file: `${S}hosts/hosts-list-resp.json`, call: (f) => f.listHosts({ failover_segment_id }), key: "hosts" },
  // notifications: a get at 1.1 and later carries the recovery flow's tasks
  { file: `${S}notifications/notification-get-resp.json`, call: (f) => f.getNotification(NOTIFICATION) },
  {
    file: `${S}notifications/notifcations-list-resp.json`,
    call: (f) => f.listNotifications(),
    key: "notifications",
  },
  // VM moves (Masakari 2023.1, microversion 1.3): actions that unwrap their envelope
  {
    file: `${S}vmoves/vmove-get-resp.json`,
    call: (f) => f.getVmove({ notification_id: NOTIFICATION, vmove_id: "1" }),
    key: "vmove",
    max: "1.3",
  },
  {
    file: `${S}vmoves/vmoves-list-resp.json`,
    call: (f) => f.listVmoves({ notification_id: NOTIFICATION }),
    key: "vmoves",
    max: "1.3",
  },
];

export const requestCases: RequestCase[] = [
  {
    file: `${S}segments/segment-create-req.json`,
    call: (f, r) => f.createSegment(r.segment),
    response: `${S}segments/segment-create-resp.json`,
  },
  {
    file: `${S}segments/segment-update-req.json`,
    call: (f, r) => f.updateSegment(SEGMENT, r.segment),
    response: `${S}segments/segment-update-resp.json`,
  },
  {
    file: `${S}hosts/host-create-req.json`,
    call: (f, r) => f.createHost({ failover_segment_id, ...r.host }),
    response: `${S}hosts/host-create-resp.json`,
  },
  {
    file: `${S}hosts/host-update-req.json`,
    call: (f) => f.updateHost(HOST, { reserved: true }, { failover_segment_id }),
    response: `${S}hosts/host-update-resp.json`,
    sent: () => ({ host: { reserved: true } }),
    differs:
      'the reference sends reserved as the string "True"; the SDK sends the boolean, which Masakari reads the same',
  },
  {
    file: `${S}notifications/host-notification-create-req.json`,
    call: (f, r) => f.createNotification(r.notification),
    response: `${S}notifications/host-notification-create-resp.json`,
  },
  {
    file: `${S}notifications/process-notification-create-req.json`,
    call: (f, r) => f.createNotification(r.notification),
    response: `${S}notifications/process-notification-create-resp.json`,
  },
  {
    file: `${S}notifications/vm-notification-create-req.json`,
    call: (f, r) => f.createNotification(r.notification),
    response: `${S}notifications/vm-notification-create-resp.json`,
  },
];

/** The discovery documents: what each says of the API's versions and microversions. */
export const versionCases = [
  { file: `${S}versions/versions-get-resp.json`, id: "v1.0", min: "1.0", max: "1.0" },
  { file: `${S}versions/v1-version-get-resp.json`, id: "v1", min: "1.0", max: "1.0" },
];
