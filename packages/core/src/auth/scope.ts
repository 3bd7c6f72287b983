/** Who and where a token is for. Names follow the clouds.yaml auth keys, camelCased. */
export interface ScopeOptions {
  projectId?: string | undefined;
  projectName?: string | undefined;
  projectDomainId?: string | undefined;
  projectDomainName?: string | undefined;
  domainId?: string | undefined;
  domainName?: string | undefined;
  /** `all` for system scope (the only system Keystone has). */
  systemScope?: string | undefined;
  trustId?: string | undefined;
  /**
   * The domain assumed for a user or project named without one. `default`, as the
   * openstack CLI assumes, so a `Default`-domain cloud needs no domain arguments.
   */
  defaultDomainId?: string | undefined;
}

type Domain = { id: string } | { name: string };

/** `{id}` or `{name}`, else the default domain's id, else nothing. */
export function domainRef(
  id: string | undefined,
  name: string | undefined,
  fallbackId: string | undefined,
): Domain | undefined {
  if (id) return { id };
  if (name) return { name };
  return fallbackId ? { id: fallbackId } : undefined;
}

/** The `scope` member of a v3 auth request, in keystoneauth's order of precedence. */
export function scopeBody(options: ScopeOptions): Record<string, unknown> | undefined {
  const fallback = options.defaultDomainId ?? "default";
  if (options.trustId) return { "OS-TRUST:trust": { id: options.trustId } };
  if (options.systemScope) return { system: { [options.systemScope]: true } };
  if (options.projectId) return { project: { id: options.projectId } };
  if (options.projectName) {
    return {
      project: {
        name: options.projectName,
        domain: domainRef(options.projectDomainId, options.projectDomainName, fallback),
      },
    };
  }
  const domain = domainRef(options.domainId, options.domainName, undefined);
  return domain ? { domain } : undefined;
}
