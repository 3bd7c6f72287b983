/**
 * Python's view of scalar values. openstacksdk turns numbers into strings with `str()`
 * and tests values for truth the Python way; the resolver must do the same to give the
 * same answers.
 */

/**
 * A YAML float kept apart from integers: PyYAML reads `2.0` as a float and openstacksdk
 * makes it the string "2.0", where JavaScript would make it "2". Only our YAML reader
 * creates these.
 */
export class PyFloat {
  constructor(readonly value: number) {}
  toString(): string {
    return pyStr(this);
  }
}

/** `str(value)` as Python prints it, for the scalars a config file can hold. */
export function pyStr(value: unknown): string {
  if (value === null || value === undefined) return "None";
  if (value === true) return "True";
  if (value === false) return "False";
  if (value instanceof PyFloat) {
    const n = value.value;
    if (Number.isNaN(n)) return "nan";
    if (!Number.isFinite(n)) return n > 0 ? "inf" : "-inf";
    return Number.isInteger(n) && Math.abs(n) < 1e16 ? `${n}.0` : String(n);
  }
  if (typeof value === "string") return value;
  if (typeof value === "number") return String(value);
  return JSON.stringify(value);
}

/** Python truthiness: empty strings, zero, None, empty lists and dicts are false. */
export function pyTruthy(value: unknown): boolean {
  if (value === null || value === undefined || value === false || value === "" || value === 0) return false;
  if (value instanceof PyFloat) return value.value !== 0;
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === "object") return Object.keys(value).length > 0;
  return true;
}

/** A plain mapping (a YAML/JSON object), not a list, null or a class instance. */
export function isMapping(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** A number as either kind the parsers give. */
export function isNumber(value: unknown): boolean {
  return typeof value === "number" || value instanceof PyFloat;
}
