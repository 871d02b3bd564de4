/**
 * One spec edit per oasdiff rule (its id in checker/rules.go), each with the impact expected in
 * each direction: `forward` applies the edit to fixtures/spec-diff/base.yaml, `backward` undoes it.
 * Where oasdiff says WARN (possibly breaking), the expectation is what it does to the generated
 * TypeScript client, and `why` says so.
 */
import type { Impact } from "../spec-diff/classify.js";

type Json = Record<string, any>;
export interface CorpusEdit {
  readonly rule: string;
  readonly edit: (spec: Json) => void;
  readonly forward: Impact | "none";
  readonly backward: Impact | "none";
  /** A piece of the changelog line the forward change must produce. */
  readonly line: string;
  readonly why?: string;
}

const list = (s: Json) => s.paths["/api/services"].get;
const create = (s: Json) => s.paths["/api/services/create"].post;
const service = (s: Json) => s.components.schemas.Service;
const createBody = (s: Json) => create(s).requestBody.content["application/json"].schema;

export const CORPUS: readonly CorpusEdit[] = [
  { rule: "api-removed-without-deprecation / endpoint-added", edit: (s) => delete s.paths["/api/services"].get, forward: "breaking", backward: "non-breaking", line: "`GET /api/services`: operation removed" },
  { rule: "new-required-request-parameter / request-parameter-removed", edit: (s) => list(s).parameters.push({ name: "region", in: "query", required: true, schema: { type: "string" } }), forward: "breaking", backward: "breaking", line: "query parameter `region` added (required)", why: "removing a parameter: callers that pass it no longer compile (excess property)" },
  { rule: "new-optional-request-parameter / request-parameter-removed", edit: (s) => list(s).parameters.push({ name: "region", in: "query", schema: { type: "string" } }), forward: "non-breaking", backward: "breaking", line: "query parameter `region` added", why: "removing a parameter: callers that pass it no longer compile (excess property)" },
  { rule: "new-optional-request-parameter, inserted before the others (the engine matches by name)", edit: (s) => list(s).parameters.unshift({ name: "region", in: "query", schema: { type: "string" } }), forward: "non-breaking", backward: "breaking", line: "`GET /api/services`: query parameter `region` added" },
  { rule: "request-parameter-became-required / request-parameter-became-optional", edit: (s) => (list(s).parameters[0].required = true), forward: "breaking", backward: "non-breaking", line: "query parameter `status` became required" },
  { rule: "request-parameter-enum-value-removed / request-parameter-enum-value-added", edit: (s) => (list(s).parameters[0].schema.enum = ["active"]), forward: "breaking", backward: "non-breaking", line: "query parameter `status` enum value `paused` removed" },
  { rule: "request-parameter-type-changed", edit: (s) => (list(s).parameters[1].schema.type = "integer"), forward: "breaking", backward: "breaking", line: "query parameter `name` `type` changed from `string` to `integer`" },
  { rule: "request-parameter-max-length-decreased / increased", edit: (s) => (list(s).parameters[1].schema.maxLength = 32), forward: "breaking", backward: "non-breaking", line: "query parameter `name` `maxLength` changed from `64` to `32`" },
  { rule: "request-parameter-pattern-added / removed", edit: (s) => (list(s).parameters[1].schema.pattern = "^[a-z]+$"), forward: "breaking", backward: "non-breaking", line: "query parameter `name` `pattern` added" },
  { rule: "response-required-property-removed / response-required-property-added", edit: (s) => { delete service(s).properties.name; service(s).required = ["id"]; }, forward: "breaking", backward: "non-breaking", line: "`GET /api/services`: response 200 field `services[].name` removed" },
  { rule: "response-optional-property-removed / response-optional-property-added", edit: (s) => delete service(s).properties.vlan, forward: "breaking", backward: "non-breaking", line: "`GET /api/services`: response 200 field `services[].vlan` removed", why: "oasdiff WARN; the field leaves the generated type, so code reading it stops compiling" },
  { rule: "response-property-became-optional / response-property-became-required", edit: (s) => (service(s).required = ["id"]), forward: "breaking", backward: "non-breaking", line: "response 200 field `services[].name` no longer required" },
  { rule: "response-property-type-changed", edit: (s) => (service(s).properties.vlan.type = "string"), forward: "breaking", backward: "breaking", line: "response 200 field `services[].vlan` `type` changed from `integer` to `string`" },
  { rule: "response-property-enum-value-added / removed", edit: (s) => service(s).properties.state.enum.push("paused"), forward: "breaking", backward: "non-breaking", line: "response 200 field `services[].state` enum value `paused` added", why: "oasdiff WARN; an exhaustive switch over the generated union stops compiling" },
  { rule: "new-required-request-property / request-property-removed", edit: (s) => { createBody(s).properties.term = { type: "integer" }; createBody(s).required.push("term"); }, forward: "breaking", backward: "breaking", line: "`POST /api/services/create`: request body field `term` added", why: "removing a body field: callers that send it no longer compile" },
  { rule: "new-optional-request-property / request-property-removed", edit: (s) => (createBody(s).properties.term = { type: "integer" }), forward: "non-breaking", backward: "breaking", line: "request body field `term` added", why: "removing a body field: callers that send it no longer compile" },
  { rule: "request-property-became-required / became-optional", edit: (s) => createBody(s).required.push("name"), forward: "breaking", backward: "non-breaking", line: "request body field `name` now required" },
  { rule: "request-property-enum-value-removed / added", edit: (s) => (createBody(s).properties.model.enum = ["limited"]), forward: "breaking", backward: "non-breaking", line: "request body field `model` enum value `unlimited` removed" },
  { rule: "request-body-became-optional / request-body-became-required", edit: (s) => (create(s).requestBody.required = false), forward: "non-breaking", backward: "breaking", line: "request body became optional" },
  { rule: "request-body-media-type-removed / added", edit: (s) => { const body = create(s).requestBody.content; body["application/x-www-form-urlencoded"] = body["application/json"]; delete body["application/json"]; }, forward: "breaking", backward: "breaking", line: "request body media type `application/json` removed", why: "a swapped media type is a removal plus an addition; the removal breaks" },
  { rule: "response-media-type-removed / added", edit: (s) => { const content = list(s).responses["200"].content; content["application/vnd.x+json"] = content["application/json"]; delete content["application/json"]; }, forward: "breaking", backward: "breaking", line: "response 200 media type `application/json` removed", why: "a swapped media type is a removal plus an addition; the removal breaks" },
  { rule: "response-success-status-removed / added", edit: (s) => { const r = list(s).responses; r["201"] = r["200"]; delete r["200"]; }, forward: "breaking", backward: "breaking", line: "response 200 removed", why: "a moved success status is a removal plus an addition" },
  { rule: "response-non-success-status-added / removed", edit: (s) => (list(s).responses["404"] = { description: "Not found." }), forward: "non-breaking", backward: "non-breaking", line: "response 404 added", why: "oasdiff: response-non-success-status-added/removed are INFO" },
  { rule: "server changed (oasdiff: INFO; the client's default base URL)", edit: (s) => (s.servers[0].url = "https://api2.example.com"), forward: "breaking", backward: "breaking", line: "server #1 `url` changed from `https://api.example.com` to `https://api2.example.com`" },
  { rule: "server added after the first", edit: (s) => s.servers.push({ url: "https://staging.example.com" }), forward: "non-breaking", backward: "breaking", line: "server #2 added" },
  { rule: "api-components-security-oauth-token-url-updated (oasdiff: INFO; the client's auth)", edit: (s) => (s.components.securitySchemes.oauth.flows.clientCredentials.tokenUrl = "/oauth/token"), forward: "breaking", backward: "breaking", line: "security scheme `oauth`" },
  { rule: "api-security-removed / added", edit: (s) => (list(s).security = []), forward: "breaking", backward: "breaking", line: "`GET /api/services`: security requirement added", why: "a per-operation security override changes whether the client authenticates the call" },
  { rule: "a default spelled out (required: false) is no change", edit: (s) => (list(s).parameters[1].required = false), forward: "none", backward: "none", line: "" },
  { rule: "operation description changed", edit: (s) => (list(s).description = "All services."), forward: "docs", backward: "docs", line: "`GET /api/services`: `description` changed" },
  { rule: "vendor extension added / removed (x-cloud-sdks-*)", edit: (s) => (list(s)["x-cloud-sdks-pagination"] = { style: "page" }), forward: "non-breaking", backward: "breaking", line: "`x-cloud-sdks-pagination` added" },
];
