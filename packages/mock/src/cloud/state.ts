import type { Row } from "../engine/row.js";

/** A Keystone token the fake cloud issued, with what it was issued for. */
export interface TokenRecord {
  readonly id: string;
  readonly userId: string;
  readonly methods: readonly string[];
  readonly projectId?: string | undefined;
  readonly domainId?: string | undefined;
  readonly system?: boolean | undefined;
  readonly roleIds: readonly string[];
  readonly applicationCredentialId?: string | undefined;
  readonly issuedAt: number;
  readonly expiresAt: number;
  readonly auditId: string;
}

/** A role assignment, stored as Keystone does: one role, one actor, one target. */
export interface AssignmentRecord {
  role_id: string;
  user_id?: string | undefined;
  group_id?: string | undefined;
  project_id?: string | undefined;
  domain_id?: string | undefined;
  system?: "all" | undefined;
}

/**
 * Everything the fake cloud holds, as plain arrays of the records each API shows (plus
 * hidden fields: a user's `password`, an application credential's `secret`, an object's
 * `data`). Tests read it (`cloud.state.networks`) and may change it.
 */
export interface MockState {
  // Keystone
  domains: Row[];
  projects: Row[];
  users: Row[];
  groups: Row[];
  roles: Row[];
  /** Implied roles: `admin` implies `member`, which implies `reader`. */
  roleInferences: { prior_role_id: string; implied_role_id: string }[];
  roleAssignments: AssignmentRecord[];
  regions: Row[];
  services: Row[];
  endpoints: Row[];
  applicationCredentials: Row[];
  tokens: Map<string, TokenRecord>;
  // Neutron
  networks: Row[];
  subnets: Row[];
  ports: Row[];
  routers: Row[];
  securityGroups: Row[];
  securityGroupRules: Row[];
  // Nova
  servers: Row[];
  flavors: Row[];
  keypairs: Row[];
  // Glance: image records, and their data by image id.
  images: Row[];
  imageData: Map<string, Uint8Array>;
  // Cinder
  volumes: Row[];
  snapshots: Row[];
  // Swift: accounts (metadata), containers and objects (with their bytes in `data`).
  accounts: Row[];
  containers: Row[];
  objects: Row[];
  // Placement
  resourceProviders: Row[];
  // Designate
  zones: Row[];
  recordsets: Row[];
  zoneExports: Row[];
  zoneImports: Row[];
  zoneTransferRequests: Row[];
  zoneTransferAccepts: Row[];
  // Heat: stacks (deleted ones kept, as Heat shows them by id), their resources and events.
  stacks: Row[];
  stackResources: Row[];
  stackEvents: Row[];
  // Octavia
  loadBalancers: Row[];
  lbListeners: Row[];
  lbPools: Row[];
  lbMembers: Row[];
  // Barbican: secrets (payload bytes hidden in each) and containers of secret refs.
  secrets: Row[];
  secretContainers: Row[];
  // Zaqar: queues (with their metadata), messages (with the Client-ID that posted them) and claims, by project.
  zaqarQueues: Row[];
  zaqarMessages: Row[];
  zaqarClaims: Row[];
  // Ironic: nodes (with their provision and power states) and their ports.
  ironicNodes: Row[];
  ironicPorts: Row[];
  // Manila: shares, their snapshots and access rules (share types: the one default, built in).
  shares: Row[];
  shareSnapshots: Row[];
  shareAccessRules: Row[];
  // Mistral: workflows (with their parsed tasks), executions and their task executions.
  workflows: Row[];
  workflowExecutions: Row[];
  workflowTasks: Row[];
  // Masakari: failover segments, their hosts, and notifications.
  haSegments: Row[];
  haHosts: Row[];
  haNotifications: Row[];
  // Ironic Inspector: each node's latest introspection (with its data), and the rules.
  introspections: Row[];
  introspectionRules: Row[];
  // Senlin: profiles, policies, clusters, nodes, the actions that change them, and cluster-policy bindings.
  senlinProfiles: Row[];
  senlinPolicies: Row[];
  senlinClusters: Row[];
  senlinNodes: Row[];
  senlinActions: Row[];
  senlinBindings: Row[];
  // Magnum: cluster templates, clusters and their node groups.
  magnumTemplates: Row[];
  magnumClusters: Row[];
  magnumNodegroups: Row[];
  // Trove: instances and configuration groups (flavors and datastores: built in).
  troveInstances: Row[];
  troveConfigurations: Row[];
}

/** The names of the state's arrays of records: what a collection or a seed can name. */
export type CollectionName = { [K in keyof MockState]: MockState[K] extends Row[] ? K : never }[keyof MockState];

export function emptyState(): MockState {
  return {
    domains: [],
    projects: [],
    users: [],
    groups: [],
    roles: [],
    roleInferences: [],
    roleAssignments: [],
    regions: [],
    services: [],
    endpoints: [],
    applicationCredentials: [],
    tokens: new Map(),
    networks: [],
    subnets: [],
    ports: [],
    routers: [],
    securityGroups: [],
    securityGroupRules: [],
    servers: [],
    flavors: [],
    keypairs: [],
    images: [],
    imageData: new Map(),
    volumes: [],
    snapshots: [],
    accounts: [],
    containers: [],
    objects: [],
    resourceProviders: [],
    zones: [],
    recordsets: [],
    zoneExports: [],
    zoneImports: [],
    zoneTransferRequests: [],
    zoneTransferAccepts: [],
    stacks: [],
    stackResources: [],
    stackEvents: [],
    loadBalancers: [],
    lbListeners: [],
    lbPools: [],
    lbMembers: [],
    secrets: [],
    secretContainers: [],
    zaqarQueues: [],
    zaqarMessages: [],
    zaqarClaims: [],
    ironicNodes: [],
    ironicPorts: [],
    shares: [],
    shareSnapshots: [],
    shareAccessRules: [],
    workflows: [],
    workflowExecutions: [],
    workflowTasks: [],
    haSegments: [],
    haHosts: [],
    haNotifications: [],
    introspections: [],
    introspectionRules: [],
    senlinProfiles: [],
    senlinPolicies: [],
    senlinClusters: [],
    senlinNodes: [],
    senlinActions: [],
    senlinBindings: [],
    magnumTemplates: [],
    magnumClusters: [],
    magnumNodegroups: [],
    troveInstances: [],
    troveConfigurations: [],
  };
}
