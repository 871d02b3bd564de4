export declare function nodeBinary(alias: "node22" | "node24"): string | undefined;
