import type { DashboardConfig } from "../app/config.js";
import { h, show } from "../app/dom.js";
import { pkceOffered, startPkce, startWebSso } from "../app/sso.js";
import { errorPanel } from "./view.js";

/**
 * The single sign-on part of the login page: "Log in with your organisation" (WebSSO through
 * Keystone) and, where the provider's public client is known, the same in the page with PKCE.
 * Nothing when the dashboard was started without single sign-on.
 */
export function ssoButtons(config: DashboardConfig, status: HTMLElement): HTMLElement | undefined {
  const sso = config.sso;
  if (!sso) return undefined;
  const leaving = (what: string) => show(status, h("p", { class: "loading" }, `Going to ${what}…`));
  const webSso = h(
    "button",
    {
      type: "button",
      id: "sso-websso",
      onclick: () => {
        leaving("your organisation's login page");
        startWebSso(sso);
      },
    },
    "Log in with your organisation",
  );
  const pkce =
    pkceOffered(sso) &&
    h(
      "button",
      {
        type: "button",
        id: "sso-pkce",
        class: "secondary",
        onclick: async () => {
          leaving("your organisation's login page");
          try {
            await startPkce(sso);
          } catch (error) {
            show(status, errorPanel(error, "Starting the login with your organisation"));
          }
        },
      },
      "Log in with your organisation, in this page (PKCE)",
    );
  return h(
    "fieldset",
    { id: "sso", class: "sso" },
    h("legend", {}, "Single sign-on"),
    h("p", { class: "hint" }, `Through ${sso.identityProvider}; then choose a project.`),
    webSso,
    pkce,
  );
}
