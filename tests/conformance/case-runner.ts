/**
 * Conformance cases on disk (docs/language.md#conformance-cases) and their run through the `strat` CLI, in-process:
 * `strat check <case> --format json` against the annotations, line by line, and
 * `strat scorecard <case> --format json` against every `//! scorecard:` header line.
 * Each check returns the problems it found as readable lines; no problem means the case passes.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { runCli } from '../support/run-cli.js';
import {
    caseCommand, compareEntries, diagnosticDifferences, readExpectations, referenceDateArguments, scorecardMismatches,
    type CaseExpectations, type CaseShape
} from './expectations.js';

export interface CaseFile {
    /** Absolute path of the `.strat` file. */
    path: string;
    /** Its path inside the case's folder (or its name, for a one-file case), with `/`. */
    label: string;
    expectations: CaseExpectations;
}

export interface ConformanceCase extends CaseShape {
    /** The file or folder name. */
    name: string;
    /** Absolute path of the case (a `.strat` file or a folder). */
    path: string;
    files: CaseFile[];
}

/** The cases of a folder: its `.strat` files and its sub-folders, by name. */
export function listCases(folder: string): string[] {
    return readdirSync(folder, { withFileTypes: true })
        .filter(entry => !entry.name.startsWith('.') && (entry.isDirectory() || (entry.isFile() && entry.name.endsWith('.strat'))))
        .map(entry => entry.name)
        .sort();
}

/** Reads a case and its expectations; a malformed header or annotation throws, naming the file and line. */
export function readCase(casePath: string): ConformanceCase {
    const isFolder = statSync(casePath).isDirectory();
    const files = (isFolder ? stratFilesBelow(casePath) : [casePath]).map(file => {
        const label = isFolder ? path.relative(casePath, file).split(path.sep).join('/') : path.basename(file);
        try {
            return { path: file, label, expectations: readExpectations(readFileSync(file, 'utf8')) };
        } catch (error) {
            throw new Error(`${label}: ${(error as Error).message}`);
        }
    });
    const dates = [...new Set(files.map(file => file.expectations.headers.asOf).filter(date => date !== undefined))];
    if (dates.length > 1) {
        throw new Error(`${path.basename(casePath)}: its files give different as-of dates (${dates.join(', ')})`);
    }
    return {
        name: path.basename(casePath),
        path: casePath,
        files,
        asOf: dates[0],
        isFolder,
        hasStratJson: isFolder && existsSync(path.join(casePath, 'strat.json'))
    };
}

/** As the CLI searches a folder: every `*.strat` below it, skipping hidden folders and node_modules. */
function stratFilesBelow(folder: string): string[] {
    const found: string[] = [];
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
        const full = path.join(folder, entry.name);
        if (entry.isDirectory() && !entry.name.startsWith('.') && entry.name !== 'node_modules') {
            found.push(...stratFilesBelow(full));
        } else if (entry.isFile() && entry.name.endsWith('.strat')) {
            found.push(full);
        }
    }
    return found.sort();
}

/** The reference-date arguments of a case (docs/language.md#conformance-cases). */
function dateArguments(kase: ConformanceCase): string[] {
    return referenceDateArguments(kase);
}

interface CheckReport {
    files: Array<{ path: string; diagnostics: Array<{ code: string; severity: string; message: string; range: { start: { line: number } } }> }>;
    summary: { errors: number; warnings: number; infos: number; hints: number };
}

/** `strat check`: exactly the annotated codes, line by line, in every `.strat` file of the case, and the exit status that goes with them. */
export async function checkProblems(kase: ConformanceCase): Promise<string[]> {
    const { status, stdout, stderr } = await runCli(caseCommand('check', kase.path, dateArguments(kase)));
    if (stderr !== '' || (status !== 0 && status !== 1)) {
        return [`strat check exited ${status}: ${stderr.trim()}`];
    }
    const report = JSON.parse(stdout) as CheckReport;
    const problems: string[] = [];
    const reported = new Map(report.files.map(file => [path.resolve(file.path), file.diagnostics]));
    for (const file of kase.files) {
        const diagnostics = reported.get(path.resolve(file.path));
        reported.delete(path.resolve(file.path));
        if (!diagnostics) {
            problems.push(`${file.label}: not in the report`);
            continue;
        }
        const actual = diagnostics.map(d => `${d.range.start.line + 1}: ${d.code}`).sort(compareEntries);
        const messages = new Map(diagnostics.map(d => [`${d.range.start.line + 1}: ${d.code}`, d.message]));
        for (const difference of diagnosticDifferences(file.expectations.diagnostics, actual)) {
            const entry = difference.replace(/^\w+\s+/, '');
            const message = difference.startsWith('unexpected') ? ` — ${messages.get(entry)}` : '';
            problems.push(`${file.label}: ${difference}${message}`);
        }
    }
    // Only .strat files are compared: findings inside strat.json or a data file are not annotated.
    for (const extra of [...reported.keys()].filter(file => file.endsWith('.strat'))) {
        problems.push(`${extra}: reported, but not a file of the case`);
    }
    const expectedStatus = report.summary.errors > 0 ? 1 : 0;
    if (status !== expectedStatus) {
        problems.push(`exit status ${status}, expected ${expectedStatus} for ${report.summary.errors} errors`);
    }
    return problems;
}

/** `strat scorecard`: the JSON matches every `//! scorecard:` line of every file of the case. */
export async function scorecardProblems(kase: ConformanceCase): Promise<string[]> {
    const { status, stdout, stderr } = await runCli(caseCommand('scorecard', kase.path, dateArguments(kase)));
    if (stderr !== '' || status !== 0) {
        return [`strat scorecard exited ${status}: ${stderr.trim()}`];
    }
    const scorecard = JSON.parse(stdout) as unknown;
    return kase.files.flatMap(file => file.expectations.headers.scorecards.flatMap(({ line, expected }) =>
        scorecardMismatches(expected, scorecard).map(problem => `${file.label} line ${line}: ${problem}`)));
}

/** Whether any file of the case states part of its scorecard. */
export function hasScorecardHeaders(kase: ConformanceCase): boolean {
    return kase.files.some(file => file.expectations.headers.scorecards.length > 0);
}
