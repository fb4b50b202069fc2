/** A problem with how strat was called: reported as one line on stderr, exit status 2. */
export class UsageError extends Error {}
