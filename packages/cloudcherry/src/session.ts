/** The fields CloudCherry's LoginToken answer carries besides the token, with their wire names. */
export interface CloudcherryLoginFields {
  readonly userName?: string;
  readonly email?: string;
  readonly primaryRole?: string;
  readonly managedBy?: string;
  /** The string "True" or "False", as sent. */
  readonly preview?: string;
  /** The region that serves the account, e.g. "uswest". */
  readonly station?: string;
  readonly hash?: string;
  /** HTTP-date strings; the names really begin with a dot. */
  readonly ".issued"?: string;
  readonly ".expires"?: string;
}

/** Who is logged in, from the login answer; never the token itself. */
export interface CloudcherrySession extends CloudcherryLoginFields {
  readonly issued: Date | undefined;
  readonly expires: Date | undefined;
  readonly isPreview: boolean;
}

const FIELDS = ["userName", "email", "primaryRole", "managedBy", "preview", "station", "hash", ".issued", ".expires"] as const;

/** Keeps the documented string fields of a login answer (used as the auth layer's `parseExtra`). */
export function pickLoginFields(extra: Readonly<Record<string, unknown>>): CloudcherryLoginFields {
  const picked: Record<string, string> = {};
  for (const name of FIELDS) {
    const value = extra[name];
    if (typeof value === "string") picked[name] = value;
  }
  return picked;
}

function parseDate(value: string | undefined): Date | undefined {
  if (value === undefined) return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

export function sessionOf(fields: CloudcherryLoginFields): CloudcherrySession {
  return { ...fields, issued: parseDate(fields[".issued"]), expires: parseDate(fields[".expires"]), isPreview: fields.preview === "True" };
}
