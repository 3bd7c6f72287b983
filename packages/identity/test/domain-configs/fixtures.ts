// Bodies from the Identity v3 API reference ("Domain configuration"), trimmed to what the
// tests read. Where the reference prints a group or an option without the `config`
// envelope, these follow what Keystone actually answers (`{"config": {"ldap": {...}}}`,
// `{"config": {"url": ...}}`), as the e2e suite sees on a real Keystone.

export const domainId = "d07792fd66ac4ed881723ab9f1c9925f";

export const createConfigRequest = {
  config: {
    identity: { driver: "ldap" },
    ldap: { url: "ldap://myldap.com:389/", user_tree_dn: "ou=Users,dc=my_new_root,dc=org" },
  },
};

export const configBody = {
  config: {
    identity: { driver: "ldap" },
    ldap: { url: "http://myldap/root", user_tree_dn: "ou=Users,dc=root,dc=org" },
  },
};

export const groupUpdateRequest = {
  config: { ldap: { url: "http://myldap/my_new_root", user_tree_dn: "ou=Users,dc=my_new_root,dc=org" } },
};

export const updatedConfigBody = {
  config: {
    identity: { driver: "ldap" },
    ldap: { url: "http://myldap/my_new_root", user_tree_dn: "ou=Users,dc=my_new_root,dc=org" },
  },
};

export const groupBody = { config: { ldap: { url: "http://myldap/root", user_tree_dn: "ou=Users,dc=root,dc=org" } } };

export const optionBody = { config: { url: "http://myldap/root" } };

export const defaultConfigBody = {
  config: { identity: { driver: "ldap" }, ldap: { url: "ldap://localhost", user: "", suffix: "cn=example,cn=com" } },
};
