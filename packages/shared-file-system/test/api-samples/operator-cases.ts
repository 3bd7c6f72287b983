// What an operator reads (share instances and servers, the scheduler's pools, zones,
// services, limits, quotas, user messages): Manila's response samples of them, and the call
// that reads each (the index of all cases: cases.ts).
import { type ResponseCase, ID, many } from "./sample-cases.js";

export const operatorCases: ResponseCase[] = [
  // instances, servers
  { file: "share-instances-list-response.json", call: (f) => f.listShareInstances(), key: "share_instances" },
  { file: "share-show-instance-response.json", call: (f) => f.getShareInstance(ID), key: "share_instance" },
  { file: "share-servers-list-response.json", call: (f) => f.listShareServers(), key: "share_servers" },
  { file: "share-server-show-response.json", call: (f) => f.getShareServer(ID), key: "share_server" },
  {
    file: "share-server-show-details-response.json",
    call: (f) => f.getShareServerDetails({ share_server: ID }),
    key: "details",
  },
  // the scheduler, zones, services, limits, quotas, messages
  { file: "pools-list-detailed-response.json", call: (f) => f.listStoragePools(), key: "pools" },
  { file: "availability-zones-list-response.json", call: (f) => f.listAvailabilityZones(), key: "availability_zones" },
  { file: "services-list-response.json", call: (f) => f.listServices(), key: "services" },
  {
    file: "services-list-with-filters-response.json",
    call: (f) => f.listServices({ binary: "manila-share" }),
    key: "services",
  },
  { file: "service-enable-response.json", call: (f) => f.enableService({ host: "h", binary: "manila-share" }) },
  { file: "service-disable-response.json", call: (f) => f.disableService({ host: "h", binary: "manila-share" }) },
  { file: "limits-response.json", call: (f) => f.getLimits(), key: "limits" },
  { file: "quota-show-response.json", call: (f) => f.getQuotaSet(ID), key: "quota_set" },
  { file: "quota-update-response.json", call: (f) => f.updateQuotaSet(ID, { shares: 50 }), key: "quota_set" },
  { file: "quota-show-detail-response.json", call: (f) => f.getQuotaSetDetail({ project: ID }), key: "quota_set" },
  {
    file: "quota-classes-show-response.json",
    call: (f) => f.getQuotaClassSet({ quota_class: "default" }),
    key: "quota_class_set",
  },
  {
    file: "quota-classes-update-response.json",
    call: (f) => f.updateQuotaClassSet({ quota_class: "default", shares: 50 }),
    key: "quota_class_set",
  },
  { file: "user-message-show-response.json", call: (f) => f.getUserMessage(ID), key: "message" },
  { file: "user-messages-list-response.json", call: (f) => f.listUserMessages({}, many), key: "messages" },
];
