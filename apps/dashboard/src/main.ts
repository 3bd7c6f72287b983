// The dashboard's entry: fetch the config the server wrote, then log in, pick a project, and
// show the views. Everything the dashboard knows about OpenStack comes from the SDK.
import type { Account } from "./app/account.js";
import { loadConfig } from "./app/config.js";
import { h, show } from "./app/dom.js";
import { finishSso } from "./app/sso.js";
import { UploadProgress } from "./app/upload-progress.js";
import { loginView } from "./views/login-view.js";
import { projectPicker } from "./views/projects-view.js";
import { shell } from "./views/shell.js";
import { errorPanel } from "./views/view.js";

const root = document.getElementById("app")!;
const uploads = new UploadProgress();

try {
  const config = await loadConfig();
  const logIn = (problem?: unknown) => loginView(root, config, uploads.fetch, choose, problem);
  const open = (account: Account, projectId: string) =>
    shell(root, { account, projectId, uploads, logOut: () => logIn(), open: (id) => open(account, id) });
  const choose = (account: Account) => {
    const only = account.projects.length === 1 ? account.projects[0] : undefined;
    if (only) open(account, only.id);
    else projectPicker(root, account, (id) => open(account, id));
  };
  // Back from a single sign-on (Keystone's token posted, or the provider's code): log in with it.
  const returned = finishSso(config, uploads.fetch);
  show(root, h("p", { class: "loading" }, "Logging in…"));
  await returned.then((account) => (account ? choose(account) : logIn()), logIn);
} catch (error) {
  show(root, errorPanel(error, "Loading the dashboard's configuration"));
}
