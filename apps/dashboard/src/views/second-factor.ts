import type { SecondFactorArguments, SecondFactorChallenge } from "@openstack-ts/openstack";
import { field, h, show } from "../app/dom.js";

/**
 * Asks the person for the passcode Keystone's receipt calls for (`onSecondFactor`): a form in
 * `status` that resolves with the passcode when sent, or with nothing when cancelled (the
 * login then ends in the receipt error). The passcode lives in the input and the answer only.
 */
export function askPasscode(
  status: HTMLElement,
  challenge: SecondFactorChallenge,
): Promise<SecondFactorArguments | undefined> {
  const missing = challenge.missingMethods.map((rule) => rule.join(" + ")).join(" or ");
  return new Promise((resolve) => {
    const input = h("input", {
      id: "passcode",
      name: "passcode",
      inputmode: "numeric",
      autocomplete: "one-time-code",
      pattern: "[0-9]{6,8}",
      required: true,
    });
    const send = h("button", { type: "button", id: "send-passcode" }, "Continue");
    const cancel = h("button", { type: "button", id: "cancel-passcode", class: "secondary" }, "Cancel");
    // Not a form: it shows inside the login form, and a form in a form is no HTML.
    const prompt = h(
      "div",
      { id: "second-factor", role: "group" },
      h("p", {}, `Keystone accepted the password of ${challenge.user?.name ?? "this user"} and asks for ${missing}.`),
      field("Passcode", input),
      send,
      cancel,
    );
    const done = (answer: SecondFactorArguments | undefined) => {
      show(status, h("p", { class: "loading" }, answer ? "Checking the passcode…" : "Cancelled."));
      resolve(answer);
    };
    send.addEventListener("click", () => done({ passcode: input.value.trim() }));
    // Enter sends the passcode, not the login form around it (which would log in again).
    input.addEventListener("keydown", (event) => {
      if (event.key !== "Enter") return;
      event.preventDefault();
      done({ passcode: input.value.trim() });
    });
    cancel.addEventListener("click", () => done(undefined));
    show(status, prompt);
    input.focus();
  });
}
