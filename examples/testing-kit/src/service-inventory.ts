/**
 * "Your" code: what an application does with the CloudLX client. The test next door exercises it
 * against @cloud-sdks/cloudlx/testing instead of CloudLX.
 */
import { OAuthError } from "@cloud-sdks/auth";
import type { CloudlxClient } from "@cloud-sdks/cloudlx";

/** Names of the services that are paused, for a dashboard. */
export async function pausedServices(cloudlx: CloudlxClient): Promise<string[]> {
  const { data, error } = await cloudlx.GET("/api/services");
  if (error !== undefined) throw new Error(`listing services failed: ${JSON.stringify(error)}`);
  return data.services.filter((service) => service.paused).map((service) => service.name);
}

/** Orders an AWS on-ramp on a port; the answer's message is shown to the operator. */
export async function orderService(cloudlx: CloudlxClient, order: { portId: number; servicePortId: number; productId: number; name: string; vlan: number }): Promise<string> {
  const { data } = await cloudlx.POST("/api/services/create", {
    body: { port_id: order.portId, service_port_id: order.servicePortId, product_id: order.productId, name: order.name, vlan: order.vlan },
  });
  return data?.message ?? "no answer";
}

/** What to tell an operator when CloudLX refuses the API application's credentials. */
export async function connectionProblem(cloudlx: CloudlxClient): Promise<string | undefined> {
  try {
    await cloudlx.auth.getAccessToken();
    return undefined;
  } catch (error) {
    if (error instanceof OAuthError && error.error === "invalid_client") return "CloudLX refused the client id or secret: create a new API application in the portal.";
    throw error;
  }
}
