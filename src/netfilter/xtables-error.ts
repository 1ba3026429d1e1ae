// The error every iptables-family parser and extension throws. The front end decides how to
// print it (plain iptables, iptables-restore with a line number, legacy or nft wording).

export interface XtablesErrorOptions {
  /** Process exit status: 1 (OTHER_PROBLEM), 2 (PARAMETER_PROBLEM), 3 (VERSION_PROBLEM), 4 (RESOURCE_PROBLEM). */
  rc?: number;
  /** Whether the `Try \`iptables -h' …` line follows (true for parameter problems). */
  tryHelp?: boolean;
  /**
   * Print the message without the `iptables v1.8.9 (nf_tables): ` prefix (e.g. "Bad argument `x'",
   * "iptables: Chain already exists.").
   */
  bare?: boolean;
}

export class XtablesError extends Error {
  readonly rc: number;
  readonly tryHelp: boolean;
  readonly bare: boolean;

  /**
   * `message` is the exact text after the program prefix. A message that ends in "\n" produces
   * the empty line real iptables prints before its "Try" line for such messages.
   */
  constructor(message: string, opts: XtablesErrorOptions = {}) {
    super(message);
    this.name = "XtablesError";
    this.rc = opts.rc ?? 2;
    this.tryHelp = opts.tryHelp ?? this.rc === 2;
    this.bare = opts.bare ?? false;
  }
}

/** Shorthand for the most common case: a parameter problem (rc 2, with the Try line). */
export function paramProblem(message: string): XtablesError {
  return new XtablesError(message, { rc: 2, tryHelp: true });
}
