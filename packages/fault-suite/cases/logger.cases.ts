import { AUTH_CONFIG_INVALID, clientCredentials, createAuth, type Logger } from "@cloud-sdks/auth";
import { check } from "../src/check.js";
import type { FaultCase } from "../src/fault-case.js";
import { TOKEN_PATH, tokenWorld } from "../src/token-world.js";

const throwing = () => {
  throw new Error("logger is down");
};

function badLoggerCase(id: string, logger: unknown, shape: string): FaultCase {
  return {
    id,
    fault: `createAuth is given a logger ${shape}`,
    does: 'ConfigError naming option "logger", at start-up',
    expect: { code: AUTH_CONFIG_INVALID },
    async run(probe) {
      const credentials = clientCredentials({ tokenUrl: "https://auth.example.com/token", clientId: "c", clientSecret: probe.secret("client-secret-for-logger-case") });
      return createAuth({ credentials, apiBaseUrl: "https://api.example.com", logger: logger as Logger });
    },
  };
}

const cases: readonly FaultCase[] = [
  badLoggerCase("logger.warn-not-a-function", { warn: 5 }, "whose warn is a number"),
  badLoggerCase("logger.not-an-object", "console", "that is a string"),
  {
    id: "logger.debug-throws",
    fault: "logger.debug throws on every line",
    does: "the lines are dropped; token requests and API calls succeed",
    expect: "recovered",
    async run(probe) {
      const world = await tokenWorld(probe);
      world.fault.setDefault(TOKEN_PATH, { respond: () => ({ json: world.issue() }) });
      const auth = world.makeAuth({ logger: { debug: throwing, warn: throwing } });
      await world.callOk(auth);
      await world.callOk(auth);
    },
  },
  {
    id: "logger.warn-throws-in-background-refresh",
    fault: "logger.warn throws while a background refresh fails",
    does: "the failure is swallowed (no unhandled rejection, no crash); the cached token is served",
    expect: "recovered",
    async run(probe) {
      const world = await tokenWorld(probe);
      let offset = 0;
      world.fault.enqueue(TOKEN_PATH, { json: world.issue({ expires_in: 3600 }) });
      world.fault.setDefault(TOKEN_PATH, { status: 500, text: "down" });
      let warned!: () => void;
      const warning = new Promise<void>((resolve) => (warned = resolve));
      const warn = () => {
        warned();
        throwing();
      };
      const auth = world.makeAuth({ logger: { warn }, now: () => Date.now() + offset });
      await world.callOk(auth);
      // Inside the advisory window: the call is served from the cache while a refresh runs and fails.
      offset = 3600_000 - 60_000;
      await world.callOk(auth);
      // The failed refresh has been reported (and the logger threw): the process is still fine.
      await warning;
      await world.callOk(auth);
      check(world.fault.count(TOKEN_PATH) >= 4, "the background refresh ran (1 + 3 attempts)");
    },
  },
];

export default cases;
