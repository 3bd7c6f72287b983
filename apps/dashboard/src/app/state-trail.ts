/**
 * The states a wait has seen, each once, in the order seen: what a notice shows while the SDK
 * polls (`creating → available`). A poll that reads the same state again adds nothing, so the
 * trail is the path the resource took, as far as the polls caught it.
 */
export class StateTrail {
  readonly #seen: string[] = [];

  /** Records a state; true when it differs from the last one (the view then reads its list again). */
  add(state: string): boolean {
    if (this.#seen.at(-1) === state) return false;
    this.#seen.push(state);
    return true;
  }

  get states(): readonly string[] {
    return this.#seen;
  }

  toString(): string {
    return this.#seen.join(" → ");
  }
}
