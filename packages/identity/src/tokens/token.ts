import * as v from "valibot";

const optionalString = v.optional(v.nullable(v.string()));
const NamedRef = v.looseObject({ id: v.string(), name: v.optional(v.string()) });
const ScopeRef = v.looseObject({ id: v.string(), name: v.optional(v.string()), domain: v.optional(NamedRef) });

const CatalogEndpoint = v.looseObject({
  id: v.optional(v.string()),
  interface: v.string(),
  region: optionalString,
  region_id: optionalString,
  url: v.string(),
});

/** What Keystone knows of a token, fields as the Identity v3 API reference names them. */
export const Token = v.looseObject({
  methods: v.array(v.string()),
  user: v.looseObject({
    id: v.string(),
    name: v.optional(v.string()),
    domain: v.optional(NamedRef),
    password_expires_at: optionalString,
  }),
  audit_ids: v.optional(v.array(v.string())),
  // Null means the token never expires (the reference says so); its federated unscoped token
  // sample has none at all. Either way the token does not expire on its own.
  expires_at: v.optional(v.nullable(v.string())),
  issued_at: v.optional(v.string()),
  // One scope at most: a project, a domain, the system, or none (unscoped).
  project: v.optional(ScopeRef),
  domain: v.optional(NamedRef),
  system: v.optional(v.record(v.string(), v.boolean())),
  is_domain: v.optional(v.boolean()),
  roles: v.optional(v.array(NamedRef)),
  // Left out with `nocatalog`, and for unscoped tokens.
  catalog: v.optional(
    v.array(
      v.looseObject({
        id: v.optional(v.string()),
        type: v.string(),
        name: v.optional(v.string()),
        endpoints: v.array(CatalogEndpoint),
      }),
    ),
  ),
  // A token made from a trust says which, and who the trustor and trustee are.
  "OS-TRUST:trust": v.optional(
    v.looseObject({
      id: v.string(),
      impersonation: v.optional(v.boolean()),
      trustor_user: v.optional(v.looseObject({ id: v.string() })),
      trustee_user: v.optional(v.looseObject({ id: v.string() })),
      remaining_uses: v.optional(v.nullable(v.number())),
    }),
  ),
  application_credential: v.optional(
    v.looseObject({ id: v.string(), name: v.optional(v.string()), restricted: v.optional(v.boolean()) }),
  ),
});

/** A Token as Keystone describes it (its declared fields; extra fields pass through at run time). */
export type Token = v.InferOutput<v.ObjectSchema<(typeof Token)["entries"], undefined>>;
