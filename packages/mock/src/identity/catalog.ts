import type { MockState } from "../cloud/state.js";
import type { Row } from "../engine/types.js";

const PROJECT_PLACEHOLDER = /[%$]\((?:project_id|tenant_id)\)s/g;
const needsProject = (url: string) => /[%$]\((?:project_id|tenant_id)\)s/.test(url);

/**
 * The catalog of a token, as Keystone builds it from its services and endpoints: enabled
 * ones only, `%(project_id)s` filled with the token's project. Without a project, endpoints
 * that need one are left out (Keystone does the same for domain and system scopes).
 */
export function catalogFor(state: MockState, projectId: string | undefined): Row[] {
  return state.services
    .filter((service) => service.enabled !== false)
    .map((service) => ({
      endpoints: state.endpoints
        .filter((endpoint) => endpoint.service_id === service.id && endpoint.enabled !== false)
        .filter((endpoint) => projectId !== undefined || !needsProject(String(endpoint.url)))
        .map((endpoint) => ({
          id: endpoint.id,
          interface: endpoint.interface,
          region_id: endpoint.region_id,
          url: String(endpoint.url).replace(PROJECT_PLACEHOLDER, projectId ?? ""),
          region: endpoint.region_id,
        })),
      id: service.id,
      type: service.type,
      name: service.name ?? "",
    }))
    .filter((entry) => entry.endpoints.length > 0);
}
