/** Turns spec names (`Pet.Status`, `list-pets`, `4XX`) into stable TypeScript identifiers. */
export function pascalCase(name: string): string {
  const joined = name
    .split(/[^A-Za-z0-9]+/)
    .filter((part) => part.length > 0)
    .map((part) => part[0]!.toUpperCase() + part.slice(1))
    .join("");
  if (joined.length === 0) return "Unnamed";
  return /^[0-9]/.test(joined) ? `_${joined}` : joined;
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** An object-literal key: bare when it can be, quoted otherwise; `__proto__` must be computed. */
export function propertyKey(name: string): string {
  if (name === "__proto__") return `["__proto__"]`;
  return IDENTIFIER.test(name) ? name : JSON.stringify(name);
}

/** Hands out identifiers in call order, suffixing `_2`, `_3`… on collisions, so names are deterministic. */
export class IdentifierRegistry {
  private readonly taken = new Set<string>();

  constructor(reserved: Iterable<string> = []) {
    for (const name of reserved) this.taken.add(name);
  }

  claim(wanted: string): string {
    let candidate = wanted;
    for (let suffix = 2; this.taken.has(candidate); suffix += 1) candidate = `${wanted}_${suffix}`;
    this.taken.add(candidate);
    return candidate;
  }
}

/** Status keys as identifiers: `200`, `4XX`, `Default`. */
export function statusSuffix(status: string): string {
  return status === "default" ? "Default" : status.toUpperCase();
}
