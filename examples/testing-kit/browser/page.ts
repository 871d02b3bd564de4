/**
 * Runs in headless Chromium (see test/browser.test.ts): the testing kit under msw/browser's
 * setupWorker, with the real service worker, driving the real CloudLX client. Posts what it saw.
 */
import { createCloudlxClient } from "@cloud-sdks/cloudlx";
import { createCloudlxMock } from "@cloud-sdks/cloudlx/testing";
import { setupWorker } from "msw/browser";

async function run(): Promise<Record<string, unknown>> {
  const mock = createCloudlxMock({ credentials: { client_id: "browser-id", client_secret: "browser-secret" } });
  const worker = setupWorker(...mock.handlers);
  await worker.start({ serviceWorker: { url: "/mockServiceWorker.js" }, onUnhandledRequest: "bypass", quiet: true });
  const cloudlx = createCloudlxClient({ clientId: "browser-id", clientSecret: "browser-secret" });
  const { data } = await cloudlx.GET("/api/services");
  mock.expireAccessTokens();
  const again = await cloudlx.GET("/api/services/{id}/service", { params: { path: { id: 1234 } } });
  const refused = await cloudlx.GET("/api/services/{id}/service", { params: { path: { id: 0 } } });
  return {
    controlled: navigator.serviceWorker.controller !== null,
    services: data?.services.map((service) => service.name),
    afterExpiry: again.data?.name,
    tokensIssued: mock.tokensIssued,
    refusedStatus: refused.response.status,
    violations: mock.violations.map((violation) => violation.problems),
  };
}

const report = (result: unknown) => fetch("/result", { method: "POST", body: JSON.stringify(result) });
run().then(report, (error: unknown) => report({ error: String(error instanceof Error ? `${error.name}: ${error.message}` : error) }));
