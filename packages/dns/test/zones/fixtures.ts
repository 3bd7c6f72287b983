// A zone as Designate answers it; from api-ref/source/samples/zones/zone-response.json
// (github.com/openstack/designate, commit in ../api-samples/SOURCE.md), with its own id.
export const zoneBody = (over: Record<string, unknown> = {}) => ({
  id: "a86dba58-0043-4cc6-a1bb-69d5e86f3ca3",
  pool_id: "572ba08c-d929-4c70-8e42-03824bb24ca2",
  project_id: "4335d1f0-f793-11e2-b778-0800200c9a66",
  name: "example.org.",
  email: "joe@example.org",
  ttl: 7200,
  serial: 1404757531,
  status: "ACTIVE",
  action: "CREATE",
  description: "This is an example zone.",
  masters: [],
  type: "PRIMARY",
  transferred_at: null,
  version: 1,
  created_at: "2014-07-07T18:25:31.275934",
  updated_at: null,
  attributes: { tier: "gold", ha: "true" },
  links: { self: "https://127.0.0.1:9001/v2/zones/a86dba58-0043-4cc6-a1bb-69d5e86f3ca3" },
  ...over,
});
