/** A resource provider by its uuid, or the provider itself. */
export type ProviderRef = string | { readonly uuid: string };
