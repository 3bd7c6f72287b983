import { ConfigError } from "../errors/sdk-errors.js";
import type { IdentityMethod, IdentityMethodSource } from "./identity-method.js";
import type { AuthPlugin, AuthResult, AuthTransport } from "./plugin.js";
import { domainRef } from "./scope.js";
import { issueToken } from "./v3-tokens.js";

export interface ApplicationCredentialAuthOptions {
  authUrl: string;
  applicationCredentialId?: string | undefined;
  /** With a name, the owner must be given too (`userId`, or `username` + domain). */
  applicationCredentialName?: string | undefined;
  applicationCredentialSecret: string;
  userId?: string | undefined;
  username?: string | undefined;
  userDomainId?: string | undefined;
  userDomainName?: string | undefined;
  defaultDomainId?: string | undefined;
}

/** Keystone v3 application credential (`v3applicationcredential`). Its scope is fixed by the credential. */
export class ApplicationCredentialAuth implements AuthPlugin, IdentityMethodSource {
  readonly authUrl: string;
  #credential: Record<string, unknown>;

  constructor(options: ApplicationCredentialAuthOptions) {
    if (!options.authUrl) throw new ConfigError("application credential auth needs authUrl");
    if (!options.applicationCredentialSecret)
      throw new ConfigError("application credential auth needs applicationCredentialSecret");
    this.authUrl = options.authUrl;
    if (options.applicationCredentialId) {
      this.#credential = { id: options.applicationCredentialId, secret: options.applicationCredentialSecret };
    } else if (options.applicationCredentialName && (options.userId || options.username)) {
      const user = options.userId
        ? { id: options.userId }
        : {
            name: options.username,
            domain: domainRef(options.userDomainId, options.userDomainName, options.defaultDomainId ?? "default"),
          };
      this.#credential = { name: options.applicationCredentialName, secret: options.applicationCredentialSecret, user };
    } else {
      throw new ConfigError(
        "application credential auth needs applicationCredentialId, or applicationCredentialName with userId or username",
      );
    }
  }

  identityMethod(): IdentityMethod {
    return { name: "application_credential", body: this.#credential };
  }

  authenticate(transport: AuthTransport, signal?: AbortSignal): Promise<AuthResult> {
    const identity = { methods: ["application_credential"], application_credential: this.#credential };
    return issueToken(this.authUrl, transport, { identity }, signal);
  }
}
