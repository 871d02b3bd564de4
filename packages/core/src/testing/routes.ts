import type { MockOperation } from "./mock-spec.js";

export interface Route {
  readonly operation: MockOperation;
  readonly pattern: RegExp;
  readonly names: readonly string[];
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}

/** Literal segments before `{params}` (`/ports/available` wins over `/ports/{id}`), then spec order. */
export function compileRoutes(operations: readonly MockOperation[]): Route[] {
  return operations
    .map((operation, index) => {
      const names: string[] = [];
      const source = operation.path
        .split(/(\{[^}]+\})/)
        .map((part) => {
          const name = /^\{([^}]+)\}$/.exec(part)?.[1];
          if (name === undefined) return escapeRegExp(part);
          names.push(name);
          return "([^/]+)";
        })
        .join("");
      return { route: { operation, pattern: new RegExp(`^${source}/?$`, "i"), names }, index };
    })
    .sort((a, b) => a.route.names.length - b.route.names.length || a.index - b.index)
    .map(({ route }) => route);
}

export function matchRoute(routes: readonly Route[], method: string, path: string): { route: Route; params: Record<string, string> } | undefined {
  for (const route of routes) {
    if (route.operation.method !== method.toUpperCase()) continue;
    const match = route.pattern.exec(path);
    if (match === null) continue;
    return { route, params: Object.fromEntries(route.names.map((name, index) => [name, match[index + 1]!])) };
  }
  return undefined;
}
