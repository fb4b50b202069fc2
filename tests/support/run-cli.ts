import { main } from '../../packages/cli/src/main.js';

export interface CliResult {
    status: number;
    stdout: string;
    stderr: string;
}

/** Runs the `strat` command in-process, capturing its output. */
export async function runCli(args: string[], isTTY = false): Promise<CliResult> {
    let stdout = '';
    let stderr = '';
    const status = await main(args, { stdout: t => { stdout += t; }, stderr: t => { stderr += t; }, isTTY });
    return { status, stdout, stderr };
}
