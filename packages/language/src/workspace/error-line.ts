/** An unexpected error in one line for the log: its message, never its stack. */
export function errorLine(error: unknown): string {
    const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return text.replace(/\s*\n\s*/g, ' ');
}
