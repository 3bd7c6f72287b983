import { ConfigError } from "../errors/sdk-errors.js";
import type { AuthPlugin, AuthResult } from "./plugin.js";

/**
 * A fixed token sent as-is, with no catalog (`admin_token`): every service needs an
 * endpoint override. For Keystone's bootstrap token or a token obtained elsewhere.
 */
export class AdminTokenAuth implements AuthPlugin {
  #token: string;
  constructor(options: { token: string }) {
    if (!options.token) throw new ConfigError("admin_token auth needs token");
    this.#token = options.token;
  }
  authenticate(): Promise<AuthResult> {
    return Promise.resolve({ token: this.#token });
  }
}

/** No authentication at all (`none`), for services run with noauth: endpoints must be given. */
export class NoAuth implements AuthPlugin {
  authenticate(): Promise<AuthResult> {
    return Promise.resolve({});
  }
}
