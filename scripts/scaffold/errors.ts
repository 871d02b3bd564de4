/** A name or spec new-provider cannot scaffold from; the message says what to change. */
export class ScaffoldError extends Error {
  override readonly name = "ScaffoldError";
}
