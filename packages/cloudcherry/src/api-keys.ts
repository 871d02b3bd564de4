import { ResponseValidationError, unwrap, type ApiClient } from "@cloud-sdks/core";
import type { paths } from "./generated/schema.js";

type ApiKeyPath = "/api/GetAPIKey" | "/api/GenerateAPIKey";

/**
 * The API key a GetAPIKey / GenerateAPIKey call answers, checked to be a non-empty string even
 * without `validate` (the return type promises one). A refusal throws ApiError; the key never
 * appears in an error or a log line.
 */
export async function fetchApiKey(client: ApiClient<paths>, path: ApiKeyPath): Promise<string> {
  const key: unknown = await unwrap(client.GET(path), "cloudcherry");
  if (typeof key !== "string" || key === "") {
    throw new ResponseValidationError("cloudcherry", `GET ${path}`, 200, [{ path: "$", message: "expected the API key as a non-empty JSON string" }]);
  }
  return key;
}
