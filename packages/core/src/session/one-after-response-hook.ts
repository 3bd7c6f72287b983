import type { AfterResponseHook, AfterResponseState, Hooks } from "ky";

const isResponse = (value: unknown): value is Response =>
  value instanceof Response || Object.prototype.toString.call(value) === "[object Response]";

/**
 * The same hooks, with every `afterResponse` step run in order inside one ky hook. ky hands
 * each afterResponse hook its own clone of the response (a tee of the body and a new
 * Response), which costs more CPU per request than bare fetch spends on a small GET; the
 * session's steps read only status and headers, or replace the response whole, so one
 * clone serves them all. As in ky, a step that returns a Response hands it to the next
 * step, and anything else returned (`ky.retry()`) goes back to ky at once. A step must not
 * read the body of a response it does not replace: the next step gets the same object.
 */
export function withOneAfterResponseHook(hooks: Hooks): Hooks {
  const steps = hooks.afterResponse ?? [];
  if (steps.length < 2) return hooks;
  const hook: AfterResponseHook = async (state) => {
    let response = state.response;
    for (const step of steps) {
      const result = await step({ ...state, response });
      if (isResponse(result)) response = result as AfterResponseState["response"];
      else if (result !== undefined) return result;
    }
    return response === state.response ? undefined : response;
  };
  return { ...hooks, afterResponse: [hook] };
}
