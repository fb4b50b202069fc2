/** Registers every rule with Langium's validation registry, one check per element type. */
import { AstUtils, type AstNode, type LangiumDocument, type ValidationAcceptor, type ValidationChecks } from 'langium';
import type { StratSettings } from '../config/strat-settings.js';
import type { EffectiveSettings } from '../config/settings-layers.js';
import type { StratAstType } from '../generated/ast.js';
import type { StratServices } from '../strat-module.js';
import { checkStrategy } from './framework-rules.js';
import { checkKeyResult } from './key-result-rules.js';
import { checkKpi } from './kpi-rules.js';
import { checkUniqueName } from './name-rules.js';
import { checkOkr } from './okr-rules.js';
import { checkNumbers } from './number-rules.js';
import { checkPeriods } from './period-rules.js';
import { checkDuplicateProperties } from './property-rules.js';
import { createReporter, type Report } from './reporter.js';
import { checkKeyResultTime, checkKpiTime, checkOkrTime } from './time-rules.js';
import { checkKeyResultValues, checkKpiValues } from './value-rules.js';
import { checkKpiData } from './data-rules.js';
import type { WorkspaceFactsProvider } from './workspace-facts.js';
import type { DataFiles } from '../data/data-files.js';

export function registerStratChecks(services: StratServices): void {
    // Services are looked up once: each lookup through Langium's injector costs, and a big file asks per node.
    let workspaceFacts: WorkspaceFactsProvider | undefined;
    const facts = () => (workspaceFacts ??= services.rules.WorkspaceFacts);
    const catalogue = services.catalogue.ElementCatalogue;
    let settings: StratSettings | undefined;
    let dataFiles: DataFiles | undefined;
    // One reporter per document validation (Langium gives each its acceptor), not one per node; and
    // the settings of the document it validates (its reference date, limits: strat.json, editor,
    // command line), looked up once per document rather than per node.
    const validations = new WeakMap<ValidationAcceptor, { report: Report; document?: LangiumDocument; settings?: EffectiveSettings }>();
    const validationOf = (accept: ValidationAcceptor) => {
        let validation = validations.get(accept);
        if (!validation) {
            validation = { report: createReporter(accept) };
            validations.set(accept, validation);
        }
        return validation;
    };
    const reporterFor = (accept: ValidationAcceptor): Report => validationOf(accept).report;
    const settingsOf = (node: AstNode, accept: ValidationAcceptor): EffectiveSettings => {
        const validation = validationOf(accept);
        const document = AstUtils.getDocument(node);
        if (validation.document !== document || !validation.settings) {
            validation.document = document;
            validation.settings = (settings ??= services.config.Settings).forDocument(document.uri);
        }
        return validation.settings;
    };
    const on = <T extends AstNode>(check: (node: T, report: Report, settings: EffectiveSettings) => void) =>
        (node: T, accept: ValidationAcceptor) => check(node, reporterFor(accept), settingsOf(node, accept));
    // A half-typed element without its name is already a syntax error; its rules would only talk about 'undefined'.
    const named = <T extends AstNode & { name?: string }>(check: (node: T, report: Report, settings: EffectiveSettings) => void) =>
        on<T>((node, report, settings) => node.name ? check(node, report, settings) : undefined);

    const checks: ValidationChecks<StratAstType> = {
        Ambition: named((ambition, report) => {
            checkUniqueName(ambition, report, facts());
            checkDuplicateProperties(ambition, report, catalogue);
        }),
        Strategy: named((strategy, report) => {
            checkUniqueName(strategy, report, facts());
            checkDuplicateProperties(strategy, report, catalogue);
            checkStrategy(strategy, report, facts());
        }),
        Kpi: named((kpi, report, settings) => {
            checkUniqueName(kpi, report, facts());
            checkDuplicateProperties(kpi, report, catalogue);
            checkKpi(kpi, report, facts());
            checkKpiValues(kpi, report);
            checkKpiData(kpi, report, dataFiles ??= services.data.DataFiles);
            checkKpiTime(kpi, report, settings);
        }),
        Okr: named((okr, report, settings) => {
            checkUniqueName(okr, report, facts());
            checkDuplicateProperties(okr, report, catalogue);
            checkOkr(okr, report, facts());
            checkOkrTime(okr, report, settings);
        }),
        KeyResult: on((kr, report, settings) => {
            checkUniqueName(kr, report, facts());
            checkDuplicateProperties(kr, report, catalogue);
            checkKeyResult(kr, report);
            checkKeyResultValues(kr, report);
            checkKeyResultTime(kr, report, settings);
        }),
        Initiative: on((initiative, report) => {
            checkDuplicateProperties(initiative, report, catalogue);
        })
    };
    services.validation.ValidationRegistry.register(checks);
    // Periods and numbers are checked on the nodes whose rules assign them, as the grammar says.
    const shape = services.catalogue.AstShape;
    const registerOn = (types: string[], check: (node: AstNode, report: Report) => void) =>
        // Without the document's settings (no rule here needs them): looked up per node, they would cost on 300,000 actuals.
        services.validation.ValidationRegistry.register(Object.fromEntries(types.map(type => [type, (node: AstNode, accept: ValidationAcceptor) => check(node, reporterFor(accept))])) as ValidationChecks<StratAstType>);
    // One check per node for both (an actual has a period and a number): half the checks to run on 300,000 actuals.
    const periods = new Set(shape.typesAssigning('Period'));
    const numbers = new Set(shape.typesAssigning('NUMBER'));
    registerOn([...new Set([...periods, ...numbers])], (node, report) => {
        if (periods.has(node.$type)) checkPeriods(node, report);
        if (numbers.has(node.$type)) checkNumbers(node, report);
    });
}
