import type { AuthReceipt } from "./auth-receipt.js";
import type { NamedRef } from "./plugin.js";

// The options of a login that may meet a receipt, apart from the login itself, so that the
// rounds loaded on a 401 (./factor-rounds.ts) and the login that loads them import one way.

/** What Keystone asks for when a login lacks factors; given to `onSecondFactor`. */
export interface SecondFactorChallenge {
  /** Methods accepted so far. */
  methods: readonly string[];
  /** The user's rules (`required_auth_methods`). */
  requiredAuthMethods: readonly (readonly string[])[];
  /** For each rule not yet met, the methods it still needs (`[["totp"]]`). */
  missingMethods: readonly (readonly string[])[];
  user: NamedRef | undefined;
  /** Until when the answer can complete this login. */
  expiresAt: Date | undefined;
}

/** The secrets of the missing methods: `passcode` for `totp`, `password` for `password`. */
export interface SecondFactorArguments {
  passcode?: string | undefined;
  password?: string | undefined;
}

/** Asks for the missing factor (a person's passcode, say); nothing given ends the login with the receipt error. */
export type SecondFactorCallback = (
  challenge: SecondFactorChallenge,
) => SecondFactorArguments | undefined | Promise<SecondFactorArguments | undefined>;

/** The multi-factor options every login plugin that may meet a receipt takes. */
export interface FactorOptions {
  /**
   * The receipt of a login that still lacked a factor (`AuthReceiptRequiredError.receipt`,
   * or its `value`), sent as `Openstack-Auth-Receipt` with this plugin's method(s).
   */
  receipt?: AuthReceipt | string | undefined;
  /**
   * Called when Keystone answers with a receipt: returns the missing method's secret and the
   * login goes on in the same call. Called again only if a further factor is still missing.
   */
  onSecondFactor?: SecondFactorCallback | undefined;
}
