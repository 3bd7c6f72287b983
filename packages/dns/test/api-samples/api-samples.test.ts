// Designate's reference samples, each read back whole or sent field for field (cases.ts);
// the runner is the repository's one for every service (test/support/api-samples.ts).
import { describeApiSamples } from "../../../../test/support/api-samples.js";
import { API, dnsCloud } from "../fixtures.js";
import { requestCases, responseCases } from "./cases.js";
import { samples } from "./sample-cases.js";

const { server, setup } = dnsCloud();

// A write without a response sample is answered 202 and no body, as a task is; a zone file
// goes as text, and the runner compares it as text.
describeApiSamples({
  service: "Designate",
  samples,
  server,
  api: API,
  setup: () => setup(),
  responses: responseCases,
  requests: requestCases,
});
