// Share networks, their subnets, and security services: Manila's response samples of them, and
// the call that reads each (the index of all cases: cases.ts).
import { ID, many, type ResponseCase } from "./sample-cases.js";

export const networkCases: ResponseCase[] = [
  // share networks and subnets
  { file: "share-network-show-response.json", call: (f) => f.getShareNetwork(ID), key: "share_network" },
  { file: "share-network-show-response-with-subnets.json", call: (f) => f.getShareNetwork(ID), key: "share_network" },
  {
    file: "share-network-create-response.json",
    call: (f) => f.createShareNetwork({ name: "x" }),
    key: "share_network",
  },
  {
    file: "share-network-create-response-with-subnets.json",
    call: (f) => f.createShareNetwork({ name: "x" }),
    key: "share_network",
  },
  {
    file: "share-network-update-response.json",
    call: (f) => f.updateShareNetwork(ID, { name: "x" }),
    key: "share_network",
  },
  {
    file: "share-network-update-response-with-subnets.json",
    call: (f) => f.updateShareNetwork(ID, { name: "x" }),
    key: "share_network",
  },
  {
    file: "share-networks-list-detailed-response.json",
    call: (f) => f.listShareNetworks({}, many),
    key: "share_networks",
  },
  {
    file: "share-networks-list-detailed-response-with-subnets.json",
    call: (f) => f.listShareNetworks({}, many),
    key: "share_networks",
  },
  {
    file: "share-network-add-security-service-response.json",
    call: (f) => f.addShareNetworkSecurityService({ share_network: ID, security_service_id: "s" }),
    key: "share_network",
  },
  {
    file: "share-network-add-security-service-response-with-subnets.json",
    call: (f) => f.addShareNetworkSecurityService({ share_network: ID, security_service_id: "s" }),
    key: "share_network",
  },
  {
    file: "share-network-remove-security-service-response.json",
    call: (f) => f.removeShareNetworkSecurityService({ share_network: ID, security_service_id: "s" }),
    key: "share_network",
  },
  {
    file: "share-network-remove-security-service-response-with-subnets.json",
    call: (f) => f.removeShareNetworkSecurityService({ share_network: ID, security_service_id: "s" }),
    key: "share_network",
  },
  {
    file: "share-network-subnet-show-response.json",
    call: (f) => f.getShareNetworkSubnet({ share_network_id: ID, id: ID }),
    key: "share_network_subnet",
  },
  {
    file: "share-network-subnet-create-response.json",
    call: (f) => f.createShareNetworkSubnet({ share_network_id: ID, availability_zone: "nova" }),
    key: "share_network_subnet",
  },
  {
    file: "share-network-subnet-list-response.json",
    call: (f) => f.listShareNetworkSubnets({ share_network_id: ID }),
    key: "share_network_subnets",
  },
  // security services
  { file: "security-service-show-response.json", call: (f) => f.getSecurityService(ID), key: "security_service" },
  {
    file: "security-service-create-response.json",
    call: (f) => f.createSecurityService({ type: "ldap" }),
    key: "security_service",
  },
  {
    file: "security-service-update-response.json",
    call: (f) => f.updateSecurityService(ID, { name: "x" }),
    key: "security_service",
  },
  {
    file: "security-services-list-detailed-response.json",
    call: (f) => f.listSecurityServices({}, many),
    key: "security_services",
  },
  {
    file: "security-services-list-for-share-network-response.json",
    call: (f) => f.listSecurityServices({ share_network_id: ID }, many),
    key: "security_services",
  },
];
