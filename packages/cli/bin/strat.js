#!/usr/bin/env node
import { main } from '../out/main.js';

// `strat check … | head`: a reader that stops early is not an error worth a stack trace.
process.stdout.on('error', error => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
});
process.exitCode = await main(process.argv.slice(2));
