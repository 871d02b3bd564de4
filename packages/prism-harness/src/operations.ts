import { HTTP_METHODS, derefObject, isObject, loadSpec, type HttpMethod, type JsonObject } from './spec-document.js';

export interface SpecOperation {
  /** The spec's operationId, or "METHOD /path" when it has none. */
  operationId: string;
  method: Uppercase<HttpMethod>;
  path: string;
}

/** Every operation of an OpenAPI document, in document order. */
export function listOperations(specPath: string): SpecOperation[] {
  return operationsOf(loadSpec(specPath)).map(({ operationId, method, path }) => ({ operationId, method, path }));
}

export interface SpecOperationDetail extends SpecOperation {
  operation: JsonObject;
  /** Path-level parameters, which the operation's own parameters override. */
  pathItem: JsonObject;
}

export function operationsOf(doc: JsonObject): SpecOperationDetail[] {
  const paths = isObject(doc['paths']) ? doc['paths'] : {};
  const found: SpecOperationDetail[] = [];
  for (const [path, rawPathItem] of Object.entries(paths)) {
    const pathItem = derefObject(doc, rawPathItem);
    for (const method of HTTP_METHODS) {
      const operation = pathItem[method];
      if (!isObject(operation)) continue;
      const upper = method.toUpperCase() as Uppercase<HttpMethod>;
      const operationId = typeof operation['operationId'] === 'string' ? operation['operationId'] : `${upper} ${path}`;
      found.push({ operationId, method: upper, path, operation, pathItem });
    }
  }
  return found;
}
