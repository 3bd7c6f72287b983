// `@openstack-ts/core/logins`: the auth registry a Connection uses, which imports a login's
// code only when its auth type is asked for (auth/lazy-auth.ts). It is an entry of its own,
// not part of the index, because esbuild's code splitting puts every module that a dynamic
// import and the importing app both reach into the app's first chunk (evanw/esbuild#3704):
// an app that builds no Connection (a Session and one resource) must not reach these imports.
export { authPluginFor, loadAuthType } from "./auth/lazy-auth.js";
export { canonicalAuthType, type AuthTypeName } from "./auth/auth-types.js";
