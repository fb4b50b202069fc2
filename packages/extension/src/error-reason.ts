/** The one-line reason of a failure, for the output channel and error messages. */
export function errorReason(error: unknown): string {
    return error instanceof Error ? error.message : String(error);
}
