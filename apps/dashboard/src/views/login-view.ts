import type { SecondFactorChallenge } from "@openstack-ts/openstack";
import { logIn, type Account, type Credentials } from "../app/account.js";
import { field, h, show } from "../app/dom.js";
import type { DashboardConfig } from "../app/config.js";
import { askPasscode } from "./second-factor.js";
import { ssoButtons } from "./sso-login.js";
import { errorPanel } from "./view.js";

type Method = Credentials["method"];

const METHODS: [Method, string][] = [
  ["password", "Password"],
  ["application-credential", "Application credential"],
  ["token", "Token"],
];

/** The login form: the cloud's auth URL, then a password, an application credential or a token. */
export function loginView(
  root: HTMLElement,
  config: DashboardConfig,
  fetch: typeof globalThis.fetch,
  done: (account: Account) => void,
  /** A failed single sign-on the page came back from, shown below the form. */
  problem?: unknown,
): void {
  const input = (id: string, attributes: Record<string, string | boolean> = {}) =>
    h("input", { id, name: id, ...attributes });
  const authUrl = input("auth-url", { value: config.authUrl, required: true, type: "url" });
  const method = h(
    "select",
    { id: "method", name: "method" },
    ...METHODS.map(([value, label]) => h("option", { value }, label)),
  );
  const fields: Record<Method, HTMLElement> = {
    password: h(
      "fieldset",
      { "data-method": "password" },
      field("User", input("username", { value: config.login?.username ?? "", autocomplete: "username" })),
      field(
        "Password",
        input("password", { type: "password", value: config.login?.password ?? "", autocomplete: "current-password" }),
      ),
      field("User domain", input("user-domain", { value: "Default" })),
    ),
    "application-credential": h(
      "fieldset",
      { "data-method": "application-credential" },
      field("Credential ID", input("application-credential-id")),
      field("Secret", input("application-credential-secret", { type: "password" })),
    ),
    token: h("fieldset", { "data-method": "token" }, field("Token", input("token", { type: "password" }))),
  };
  const status = h("div", { class: "form-status", "aria-live": "polite" });
  const submit = h("button", { type: "submit", id: "log-in" }, "Log in");
  const showMethod = () => {
    for (const [name, set] of Object.entries(fields)) set.hidden = name !== method.value;
  };
  method.addEventListener("change", showMethod);
  showMethod();

  const value = (id: string) => (root.querySelector<HTMLInputElement>(`#${id}`)?.value ?? "").trim();
  const credentials = (): Credentials => {
    switch (method.value as Method) {
      case "application-credential":
        return {
          method: "application-credential",
          applicationCredentialId: value("application-credential-id"),
          applicationCredentialSecret: value("application-credential-secret"),
        };
      case "token":
        return { method: "token", token: value("token") };
      default:
        return {
          method: "password",
          username: value("username"),
          password: value("password"),
          userDomainName: value("user-domain") || "Default",
        };
    }
  };

  const form = h(
    "form",
    { id: "login", class: "card" },
    h("h1", {}, "Log in to OpenStack"),
    h(
      "p",
      { class: "hint" },
      config.cloud === "fake"
        ? "This is the built-in fake cloud: log in as admin / admin (or demo / demo-secret)."
        : `Cloud: ${config.authUrl}`,
    ),
    field("Auth URL", authUrl),
    field("Log in with", method),
    ...Object.values(fields),
    submit,
    ssoButtons(config, status),
    status,
  );
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    submit.disabled = true;
    show(status, h("p", { class: "loading" }, "Logging in…"));
    try {
      const ask = (challenge: SecondFactorChallenge) => askPasscode(status, challenge);
      done(await logIn(authUrl.value.trim().replace(/\/+$/, ""), credentials(), fetch, ask));
    } catch (error) {
      show(status, errorPanel(error, "Logging in"));
    } finally {
      submit.disabled = false;
    }
  });
  show(root, form);
  if (problem !== undefined) show(status, errorPanel(problem, "Logging in with your organisation"));
}
