import type { Io } from './main.js';

/** Colour only on a terminal, and never when NO_COLOR is set (https://no-color.org); FORCE_COLOR forces it. */
export function useColour(io: Io, env: NodeJS.ProcessEnv = process.env): boolean {
    if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') {
        return false;
    }
    if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0') {
        return true;
    }
    return io.isTTY;
}
