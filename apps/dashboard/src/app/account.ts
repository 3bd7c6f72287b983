import {
  Connection,
  type ConnectionOptions,
  identity,
  parseItem,
  ResponseValidationError,
  type SecondFactorCallback,
  unwrap,
} from "@openstack-ts/openstack";

/** The three ways to log in. Secrets stay in memory only, never in storage. */
export type Credentials =
  | { method: "password"; username: string; password: string; userDomainName: string }
  | { method: "application-credential"; applicationCredentialId: string; applicationCredentialSecret: string }
  | { method: "token"; token: string };

/** Who is logged in, and where they may go. */
export interface Account {
  authUrl: string;
  credentials: Credentials;
  /** The connection of the login itself: unscoped, or scoped to the user's default project. */
  login: Connection;
  userName: string;
  /** The projects the user may pick, from Keystone's `GET /v3/auth/projects`. */
  projects: identity.Project[];
  /** The project of the login's token, when Keystone scoped it (default project, application credential). */
  projectId: string | undefined;
}

/**
 * Logs in and lists the user's projects. The login's token may be unscoped (a user without a
 * default project) and so come without a catalog: identity is pointed at the auth URL itself.
 * `GET /v3/auth/projects` answers for any user, where `GET /v3/projects` needs an admin.
 */
export async function logIn(
  authUrl: string,
  credentials: Credentials,
  fetch?: typeof globalThis.fetch,
  onSecondFactor?: SecondFactorCallback,
): Promise<Account> {
  let asked = false;
  const login = new Connection({
    ...authOptions(authUrl, credentials),
    identityEndpointOverride: authUrl,
    ...(fetch && { fetch }),
    ...(onSecondFactor && {
      onSecondFactor: (challenge) => {
        asked = true;
        return onSecondFactor(challenge);
      },
    }),
  });
  const access = await login.session.access();
  const projects = await listMyProjects(login);
  // An application credential's token stays in its own project: that is the only choice.
  const bound = credentials.method === "application-credential";
  return {
    authUrl,
    // After a second factor, another project is the login's token re-scoped: the passcode is not asked again.
    credentials: asked ? { method: "token", token: await login.authorize() } : credentials,
    login,
    userName: access.user?.name ?? access.user?.id ?? "?",
    projects: bound ? projects.filter((p) => p.id === access.project?.id) : projects,
    projectId: access.project?.id,
  };
}

/** The projects the token's user may scope to, sorted by name. */
export async function listMyProjects(conn: Connection, signal?: AbortSignal): Promise<identity.Project[]> {
  const response = await conn.service("identity").get("auth/projects", { signal });
  const list = unwrap(await response.json(), "projects", response.url);
  if (!Array.isArray(list))
    throw new ResponseValidationError({ url: response.url, field: "projects", problem: "is not a list" });
  return list
    .map((item, i) => parseItem<identity.Project>(identity.Project, item, response.url, `projects.${i}`))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * A connection scoped to one project. A password or a token is used to scope anew; an
 * application credential is bound to its project, so its login connection is the only one.
 */
export function connectionFor(account: Account, projectId: string, fetch?: typeof globalThis.fetch): Connection {
  if (account.credentials.method === "application-credential") return account.login;
  return new Connection({ ...authOptions(account.authUrl, account.credentials), projectId, ...(fetch && { fetch }) });
}

function authOptions(authUrl: string, credentials: Credentials): ConnectionOptions {
  switch (credentials.method) {
    case "password":
      return {
        authUrl,
        authPlugin: "password",
        username: credentials.username,
        password: credentials.password,
        userDomainName: credentials.userDomainName,
      };
    case "application-credential":
      return {
        authUrl,
        authPlugin: "v3applicationcredential",
        applicationCredentialId: credentials.applicationCredentialId,
        applicationCredentialSecret: credentials.applicationCredentialSecret,
      };
    case "token":
      return { authUrl, authPlugin: "token", token: credentials.token };
  }
}
