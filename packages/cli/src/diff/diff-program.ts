/** The `strat diff` command line: its arguments, options and help. */
import { Command, Option } from 'commander';
import { DIFF_FORMATS } from '@strat/language';
import { parseAsOfOption } from '../as-of-option.js';
import type { Io } from '../main.js';
import { operandsBeforeSeparator } from './diff-arguments.js';
import { runDiff, type DiffOptions } from './diff-command.js';

const HELP = `
BASE and HEAD are git revisions (BASE defaults to HEAD, HEAD to the working tree), or two folders.
Arguments are read from the left: one that names an existing file or folder is a path, one that
does not is a revision (at most two, before any path). Exactly two folders and nothing else are
compared as two folders, without git. With --, the arguments before it are revisions and those
after it paths (for a path deleted since BASE, or a branch named like a folder).
PATHS default to the current folder; files at a revision are read with git, nothing is checked out.

Examples:
  strat diff                                 what the working tree changes against HEAD
  strat diff HEAD~1 HEAD examples/           what the last commit did to examples/
  strat diff origin/main HEAD strategy/ -f md   a pull-request comment
  strat diff old-strategy/ new-strategy/     two folders
  strat diff main -- strategy/               a revision and a path, said explicitly`;

/** @param argv the command line as given, where `--` is still to be seen (commander drops it) */
export function addDiffCommand(program: Command, argv: readonly string[], sharedOptions: Option[], io: Io, done: (status: number) => void): void {
    const command = program.command('diff')
        .description('show what changed in the scorecard between two git revisions (default: HEAD and the working tree) or two folders')
        .usage('[BASE [HEAD]] [PATHS...] [options]')
        .argument('[args...]', 'BASE and HEAD (revisions, or two folders), then PATHS (.strat files or folders)')
        .addOption(new Option('-f, --format <format>', 'output format').choices(DIFF_FORMATS).default('text'))
        .addOption(new Option('--as-of <date>', 'the reference date of both sides: YYYY-MM-DD, today or none (default: strat.json\'s asOf, else today)').argParser(value => parseAsOfOption(value)))
        .addHelpText('after', HELP);
    sharedOptions.forEach(option => command.addOption(option));
    command.action(async (args: string[], options: DiffOptions) => {
        done(await runDiff(args, operandsBeforeSeparator(args, argv), options, io));
    });
}
