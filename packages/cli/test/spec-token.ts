import { readFileSync } from "node:fs";
import { findSpecFiles } from "@cloud-sdks/prism-harness";
import { parse } from "yaml";

type Node = Record<string, unknown>;

const asNode = (value: unknown, where: string): Node => {
  if (typeof value !== "object" || value === null) throw new Error(`spec has no ${where}`);
  return value as Node;
};

/**
 * The token response Prism serves for a provider's token endpoint: the first example of its 200
 * response, read from the spec so the test follows the spec instead of repeating it.
 */
export function specTokenExample(provider: string, tokenPath: string): Node {
  const file = findSpecFiles()[provider];
  if (file === undefined) throw new Error(`no spec for ${provider}`);
  const spec = asNode(parse(readFileSync(file, "utf8")), "document");
  const post = asNode(asNode(asNode(spec["paths"], "paths")[tokenPath], tokenPath)["post"], `POST ${tokenPath}`);
  let ok = asNode(asNode(post["responses"], "responses")["200"], "200 response");
  const ref = ok["$ref"];
  if (typeof ref === "string") {
    ok = ref
      .replace(/^#\//, "")
      .split("/")
      .reduce<Node>((node, key) => asNode(node[key], ref), spec);
  }
  const [media] = Object.values(asNode(ok["content"], "200 content"));
  const [example] = Object.values(asNode(asNode(media, "media type")["examples"], "examples"));
  return asNode(asNode(example, "example")["value"], "example value");
}
