// Shell quoting bash uses when it prints words back (declare -p, set -x, ${x@Q}, getopt).

/** `s` in single quotes, a ' inside written as '\''. */
export function singleQuote(s: string): string {
  return `'${s.replaceAll("'", "'\\''")}'`;
}
