// The generators' command line: "--name value" for each key of `defaults` (numbers stay numbers).
export function parseArgs(argv, defaults) {
  const args = { ...defaults };
  for (let i = 0; i < argv.length; i++) {
    const key = argv[i].replace(/^--/, "");
    if (key in args) args[key] = typeof args[key] === "number" ? Number(argv[++i]) : argv[++i];
  }
  return args;
}
