/**
 * A command line that cannot be run as typed: an unknown name or flag, a
 * wrong number of arguments. `usage` is the help to print after the message.
 */
export class UsageError extends Error {
  static {
    this.prototype.name = "UsageError";
  }
  readonly usage: string;

  constructor(message: string, usage = "") {
    super(message);
    this.usage = usage;
  }
}

/** No CIVIS_API_KEY in the environment: an authentication failure (exit 4). */
export class MissingKeyError extends Error {
  static {
    this.prototype.name = "MissingKeyError";
  }
}
