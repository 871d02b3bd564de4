import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

/** Values the server hands out that must never reach a drift report. */
export const SECRETS = {
  accessToken: "drift-access-token-6f1c2b",
  refreshToken: "drift-refresh-token-9a8e7d",
  inBody: "sk_live_value_that_is_not_in_the_spec",
} as const;

const VND = "application/vnd.cloudlx.v1+json";

function service(id: number): Record<string, unknown> {
  // `name` is missing, `vlan` is a string, `api_key` is not in the spec.
  return { id, vlan: "100", created: "2024-01-02 03:04:05", bandwidth: "200Mbps", paused: false, expired: false, type: "cloud", port: { id: 3, name: "LON1" }, api_key: SECRETS.inBody };
}

/**
 * A CloudLX that departs from specs/cloudlx.yaml in each way the drift report names: a missing,
 * a mistyped and an extra field (GET /api/services), an undocumented status (GET /api/services/types
 * answers 503), a wrong media type (GET /api/ports answers text/html); paths it does not serve answer 404.
 */
export async function startDriftServer(): Promise<{ url: string; close: () => Promise<void> }> {
  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? "/", "http://x").pathname;
    const send = (status: number, body: unknown, type = VND) => {
      response.writeHead(status, { "content-type": type });
      response.end(typeof body === "string" ? body : JSON.stringify(body));
    };
    request.resume();
    request.on("end", () => {
      if (request.method === "POST" && path === "/api/oauth2/access-token") {
        return send(200, { access_token: SECRETS.accessToken, token_type: "Bearer", expires_in: 3600, refresh_token: SECRETS.refreshToken });
      }
      if (request.headers.authorization !== `Bearer ${SECRETS.accessToken}`) return send(401, { message: "Unauthenticated." });
      if (path === "/api/services") return send(200, { services: [service(1), service(2)] });
      if (path === "/api/services/types") return send(503, { message: "maintenance" });
      if (path === "/api/ports") return send(200, "<html>maintenance</html>", "text/html; charset=utf-8");
      if (path === "/api/ports/available" || path === "/api/services/ports-available") return send(200, { ports: [] });
      return send(404, { message: "not in this test server" });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
