/**
 * The fields CloudCherry's LoginToken answer carries besides the token, under their wire names.
 * Every one is a string as sent; none of them is a secret (the token itself is not among them).
 */
export interface CloudcherryLoginFields {
  readonly userName?: string;
  /** May be the empty string. */
  readonly email?: string;
  /** e.g. "User". */
  readonly primaryRole?: string;
  /** The id of the managing (parent) user. */
  readonly managedBy?: string;
  /** The .NET boolean string "True" or "False", as sent. */
  readonly preview?: string;
  /** The region that serves the account, e.g. "uswest"; routing to it is automatic. */
  readonly station?: string;
  /** Base64 hash the service uses to identify the login. */
  readonly hash?: string;
  /** HTTP-date string, e.g. "Mon, 22 Apr 2019 10:48:47 GMT"; the name really begins with a dot. */
  readonly ".issued"?: string;
  /** HTTP-date string; the name really begins with a dot. */
  readonly ".expires"?: string;
}

/**
 * Who is logged in, from the login answer: the wire fields plus friendly names for the dotted ones
 * and parsed values. Holds no token, so it is safe to log.
 */
export interface CloudcherrySession extends CloudcherryLoginFields {
  /** `.issued` as sent (HTTP-date string). */
  readonly issued: string | undefined;
  /** `.expires` as sent (HTTP-date string). */
  readonly expires: string | undefined;
  /** `.issued` parsed; undefined when absent or not a date. */
  readonly issuedAt: Date | undefined;
  /** `.expires` parsed; undefined when absent or not a date. */
  readonly expiresAt: Date | undefined;
  /** `preview === "True"`. */
  readonly isPreview: boolean;
}

const LOGIN_FIELDS = ["userName", "email", "primaryRole", "managedBy", "preview", "station", "hash", ".issued", ".expires"] as const;

/**
 * The auth layer's `parseExtra`: keeps the documented string fields of a login answer and drops
 * anything else, so an unexpected field can never carry a secret into `session()`.
 */
export function pickLoginFields(extra: Readonly<Record<string, unknown>>): CloudcherryLoginFields {
  const picked: Record<string, string> = {};
  for (const name of LOGIN_FIELDS) {
    const value = extra[name];
    if (typeof value === "string") picked[name] = value;
  }
  return picked;
}

function parseHttpDate(value: string | undefined): Date | undefined {
  if (value === undefined) return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** The session view of the login fields: raw names kept, friendly names and parsed values added. */
export function sessionOf(fields: CloudcherryLoginFields): CloudcherrySession {
  const issued = fields[".issued"];
  const expires = fields[".expires"];
  return {
    ...fields,
    issued,
    expires,
    issuedAt: parseHttpDate(issued),
    expiresAt: parseHttpDate(expires),
    isPreview: fields.preview === "True",
  };
}
