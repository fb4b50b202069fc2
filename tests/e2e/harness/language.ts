/**
 * What the language itself answers, computed in the test process from the built packages
 * (packages/language/out — what `npm run package` bundles into the .vsix — and the CLI): the
 * expected result of an editor action, so a test compares the editor with the language.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { createStratServices } from '@strat/language';
import { EmptyFileSystem, TextDocument, URI } from 'langium';
import { REPO_ROOT } from './paths.ts';

/** The text Format Document produces for `text` (4-space indentation, as the editor sends). */
export async function formattedByServer(text: string): Promise<string> {
    const services = createStratServices(EmptyFileSystem).Strat;
    const document = services.shared.workspace.LangiumDocumentFactory.fromString(text, URI.parse('file:///e2e/format.strat'));
    services.shared.workspace.LangiumDocuments.addDocument(document);
    await services.shared.workspace.DocumentBuilder.build([document], { validation: false });
    const formatter = services.lsp.Formatter;
    if (!formatter) {
        throw new Error('the language services have no formatter');
    }
    const edits = await formatter.formatDocument(document, {
        textDocument: { uri: document.uri.toString() },
        options: { tabSize: 4, insertSpaces: true }
    });
    return TextDocument.applyEdits(TextDocument.create(document.uri.toString(), 'strat', 0, text), edits);
}

/** The names declared with `<keyword> NAME` in the .strat files of a folder (e.g. every KPI). */
export function declaredNames(folder: string, keyword: 'kpi' | 'okr' | 'strategy' | 'ambition'): string[] {
    const declaration = new RegExp(`^\\s*${keyword}\\s+([_a-zA-Z]\\w*)`, 'gm');
    return readdirSync(folder, { recursive: true, encoding: 'utf8' })
        .filter((file) => file.endsWith('.strat'))
        .flatMap((file) => [...readFileSync(join(folder, file), 'utf8').matchAll(declaration)].map((match) => match[1]));
}

/** How often `name` occurs as a whole word in `text`. */
export function wordCount(text: string, name: string): number {
    return text.match(new RegExp(`\\b${name}\\b`, 'g'))?.length ?? 0;
}

/** The 1-based line and column of the `occurrence`-th (0-based) `needle` in `text` (+ `shift` columns). */
export function lineColumnOf(text: string, needle: string, shift = 0, occurrence = 0): { line: number; column: number } {
    let at = -1;
    for (let i = 0; i <= occurrence; i++) {
        at = text.indexOf(needle, at + 1);
        if (at < 0) {
            throw new Error(`"${needle}" (occurrence ${occurrence}) is not in the text`);
        }
    }
    const before = text.slice(0, at + shift).split('\n');
    return { line: before.length, column: before[before.length - 1].length + 1 };
}

/** The rewarded KPIs of a folder, as the built CLI's scorecard (JSON) lists them. */
export function rewardedKpis(folder: string): string[] {
    const cli = join(REPO_ROOT, 'packages', 'cli', 'bin', 'strat.js');
    const result = spawnSync(process.execPath, [cli, 'scorecard', folder, '--format', 'json'], { encoding: 'utf8' });
    if (result.status !== 0) {
        throw new Error(`strat scorecard failed (${result.status}): ${result.stderr}`);
    }
    const scorecard = JSON.parse(result.stdout) as { kpis: Array<{ name: string; rewarded: boolean }> };
    return scorecard.kpis.filter((kpi) => kpi.rewarded).map((kpi) => kpi.name);
}

export interface CliFinding {
    file: string;
    code: string;
    severity: 'error' | 'warning' | 'info' | 'hint';
    /** 1-based, as the Problems panel shows it. */
    line: number;
    column: number;
}

/** What `strat check --format json` (the built CLI) reports for a folder, file names only. */
export function checkedByCli(folder: string): CliFinding[] {
    const cli = join(REPO_ROOT, 'packages', 'cli', 'bin', 'strat.js');
    // exit status 1 means "errors found": the report is on stdout either way
    const result = spawnSync(process.execPath, [cli, 'check', folder, '--format', 'json'], { encoding: 'utf8' });
    if (result.status !== 0 && result.status !== 1) {
        throw new Error(`strat check failed (${result.status}): ${result.stderr}`);
    }
    const report = JSON.parse(result.stdout) as {
        files: Array<{ path: string; diagnostics: Array<{ code: string; severity: CliFinding['severity']; range: { start: { line: number; character: number } } }> }>;
    };
    return report.files.flatMap((file) => file.diagnostics.map((diagnostic) => ({
        file: basename(file.path),
        code: diagnostic.code,
        severity: diagnostic.severity,
        line: diagnostic.range.start.line + 1,
        column: diagnostic.range.start.character + 1
    })));
}
