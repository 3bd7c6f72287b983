import { ConfigError } from "../errors/sdk-errors.js";
import { runAction } from "../resource/action.js";
import { methodName } from "../resource/client-for.js";
import type { ResourceSpec } from "../resource/resource-spec.js";
import type { ServiceDefinition, ServiceFacade } from "./define-service.js";
import type { ServiceClient } from "./service-client.js";

type Method = (client: ServiceClient, ...args: unknown[]) => unknown;

const tables = new WeakMap<ServiceDefinition, Map<string, Method>>();

/**
 * The name → implementation table of a service, derived once from its resources:
 * `listNetworks` → networks.list, `rebootServer` → the declared action. Two resources
 * deriving the same name is a declaration bug, reported at first use.
 */
export function methodTable(service: ServiceDefinition): Map<string, Method> {
  let table = tables.get(service);
  if (table) return table;
  table = new Map();
  const add = (name: string, method: Method) => {
    if (table!.has(name)) throw new ConfigError(`${service.descriptor.type}: two resources define ${name}`);
    table!.set(name, method);
  };
  for (const resource of Object.values(service.resources) as (ResourceSpec & Record<string, Method>)[]) {
    for (const verb of resource.verbs) {
      add(methodName(resource, verb), (client, ...args) => resource[verb]!.call(resource, client, ...args));
    }
    if (resource.verbs.includes("delete") && resource.deleteWait !== false) {
      add(`waitForDelete${resource.singular}`, (client, ...args) =>
        resource["waitForDelete"]!.call(resource, client, ...args),
      );
    }
    for (const [name, action] of Object.entries(resource.actions ?? {})) {
      add(name, (client, args, options) =>
        runAction(
          resource.service,
          name,
          action,
          client,
          args as Record<string, unknown>,
          options as { signal?: AbortSignal },
        ),
      );
    }
  }
  for (const [name, fn] of Object.entries(service.functions ?? {})) {
    add(name, (client, ...args) => (fn as (target: ServiceClient, ...rest: unknown[]) => unknown)(client, ...args));
  }
  tables.set(service, table);
  return table;
}

/**
 * Wraps a service client in a Proxy that answers every derived method name. Methods are
 * bound on first access and cached; unknown names are `undefined` (so the façade is never
 * mistaken for a promise).
 */
export function createFacade<S extends ServiceDefinition>(client: ServiceClient, service: S): ServiceFacade<S> {
  const bound = new Map<string | symbol, unknown>();
  return new Proxy(client, {
    get(target, property, receiver) {
      if (property in target) {
        const value = Reflect.get(target, property, target) as unknown;
        return typeof value === "function" ? value.bind(target) : value;
      }
      if (typeof property !== "string") return Reflect.get(target, property, receiver);
      if (!bound.has(property)) {
        const method = methodTable(service).get(property);
        bound.set(property, method && ((...args: unknown[]) => method(target, ...args)));
      }
      return bound.get(property);
    },
    has(target, property) {
      return property in target || (typeof property === "string" && methodTable(service).has(property));
    },
  }) as ServiceFacade<S>;
}
