/** The `strat` command: `check`, `scorecard` and `diff`. Returns the exit status; never throws at the user. */
import { Command, CommanderError, Option } from 'commander';
import { StratInputError } from '@strat/language/node';
import { runCheck, type CheckOptions } from './check-command.js';
import { runScorecard, type ScorecardOptions } from './scorecard-command.js';
import { parseAsOfOption } from './as-of-option.js';
import { audienceOption } from './audience-option.js';
import { addDiffCommand } from './diff/diff-program.js';
import { parsePositiveInteger, parseRuleOption } from './rule-options.js';
import { UsageError } from './usage-error.js';
import { VERSION } from './version.js';

export interface Io {
    stdout: (text: string) => void;
    stderr: (text: string) => void;
    isTTY: boolean;
}

const processIo: Io = {
    stdout: text => process.stdout.write(text),
    stderr: text => process.stderr.write(text),
    isTTY: Boolean(process.stdout.isTTY)
};

export async function main(argv: string[], io: Io = processIo): Promise<number> {
    let status = 0;
    const program = new Command('strat')
        .description('Strategy as code: check .strat files, render their scorecard, and show how it changed.')
        .version(VERSION, '-v, --version', 'print the version')
        .helpOption('-h, --help', 'show help')
        .showSuggestionAfterError(true)
        .exitOverride()
        .configureOutput({ writeOut: io.stdout, writeErr: io.stderr, outputError: () => undefined });

    const ruleOption = () => new Option('--rule <code=severity>', 'set a rule\'s severity: off, hint, info, warning or error (repeatable)')
        .argParser(parseRuleOption).default({}, 'the defaults of the rule table');
    const limitOption = () => new Option('--max-okrs-per-owner <n>', 'active OKRs one owner may have in one cycle (too-many-okrs)')
        .argParser(parsePositiveInteger);
    const checkinOption = () => new Option('--checkin-days <n>', 'days a key result may go without a check-in (checkin-stale)')
        .argParser(parsePositiveInteger);
    const asOfOption = () => new Option('--as-of <day>', 'the reference date: YYYY-MM-DD, today or none (default: strat.json\'s asOf, else today)')
        .argParser(value => parseAsOfOption(value));

    program.command('check')
        .description('check .strat files and folders; exit 1 when errors are found')
        .argument('<paths...>', '.strat files or folders (searched for *.strat)')
        .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json', 'sarif', 'github']).default('text'))
        .addOption(ruleOption())
        .addOption(limitOption())
        .addOption(checkinOption())
        .addOption(asOfOption())
        .action(async (paths: string[], options: CheckOptions) => {
            status = await runCheck(paths, options, io);
        });

    program.command('scorecard')
        .description('render the scorecard of .strat files and folders as JSON, Markdown or HTML')
        .argument('<paths...>', '.strat files or folders (searched for *.strat)')
        .addOption(new Option('-f, --format <format>', 'output format').choices(['json', 'md', 'html']).default('json'))
        .option('-o, --output <file>', 'write to a file instead of standard output')
        .addOption(audienceOption())
        .addOption(ruleOption())
        .addOption(limitOption())
        .addOption(checkinOption())
        .addOption(asOfOption())
        .action(async (paths: string[], options: ScorecardOptions) => {
            status = await runScorecard(paths, options, io);
        });

    addDiffCommand(program, argv, [audienceOption(), ruleOption(), limitOption(), checkinOption()], io, code => { status = code; });

    try {
        if (argv.length === 0) {
            program.outputHelp();
            return 2;
        }
        await program.parseAsync(argv, { from: 'user' });
        return status;
    } catch (error) {
        return reportFailure(error, io);
    }
}

function reportFailure(error: unknown, io: Io): number {
    if (error instanceof CommanderError) {
        if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') {
            return 0;
        }
        io.stderr(`strat: ${error.message.replace(/^error: /, '')}\n`);
        return 2;
    }
    if (error instanceof UsageError || error instanceof StratInputError) {
        io.stderr(`strat: ${error.message}\n`);
        return 2;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`strat: internal error: ${message}\n`);
    return 2;
}
