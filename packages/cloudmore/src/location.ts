/**
 * The `Location` header of a 201 Created answer (the new resource), resolved against the request
 * URL so it is absolute; `undefined` when the answer has none.
 */
export function locationOf(result: { readonly response: Response }): string | undefined {
  const location = result.response.headers.get("location");
  if (location === null || location === "") return undefined;
  if (result.response.url === "") return location;
  return new URL(location, result.response.url).href;
}

/** The id of the resource a 201 Created answer points at: the last path segment of its `Location`. */
export function createdIdOf(result: { readonly response: Response }): string | undefined {
  const location = locationOf(result);
  if (location === undefined) return undefined;
  // The base only makes a relative Location parseable; its host is never used.
  return new URL(location, "https://location.invalid").pathname.split("/").filter(Boolean).pop();
}
