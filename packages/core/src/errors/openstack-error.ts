/**
 * The root of every error the SDK throws on purpose. Catch this to catch them all.
 * Subclasses set `name` explicitly because minifiers rename classes.
 */
export class OpenStackError extends Error {
  override name = "OpenStackError";
}
