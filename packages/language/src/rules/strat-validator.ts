/** Registers every rule with Langium's validation registry, one check per element type. */
import { AstUtils, type AstNode, type ValidationAcceptor, type ValidationChecks } from 'langium';
import type { EffectiveSettings } from '../config/settings-layers.js';
import type { StratAstType } from '../generated/ast.js';
import type { StratServices } from '../strat-module.js';
import { checkStrategy } from './framework-rules.js';
import { checkKeyResult } from './key-result-rules.js';
import { checkKpi } from './kpi-rules.js';
import { checkUniqueName } from './name-rules.js';
import { checkOkr } from './okr-rules.js';
import { checkPeriods } from './period-rules.js';
import { checkDuplicateProperties } from './property-rules.js';
import { createReporter, type Report } from './reporter.js';
import { checkKeyResultTime, checkKpiTime, checkOkrTime } from './time-rules.js';
import { checkKeyResultValues, checkKpiValues } from './value-rules.js';
import { checkKpiData } from './data-rules.js';

export function registerStratChecks(services: StratServices): void {
    const facts = () => services.rules.WorkspaceFacts.get();
    const catalogue = services.catalogue.ElementCatalogue;
    /** The settings of the node's document: its reference date, limits (strat.json, editor, command line). */
    const settingsOf = (node: AstNode): EffectiveSettings => services.config.Settings.forDocument(AstUtils.getDocument(node).uri);
    const on = <T extends AstNode>(check: (node: T, report: Report, settings: EffectiveSettings) => void) =>
        (node: T, accept: ValidationAcceptor) => check(node, createReporter(accept), settingsOf(node));
    // A half-typed element without its name is already a syntax error; its rules would only talk about 'undefined'.
    const named = <T extends AstNode & { name?: string }>(check: (node: T, report: Report, settings: EffectiveSettings) => void) =>
        on<T>((node, report, settings) => node.name ? check(node, report, settings) : undefined);

    const checks: ValidationChecks<StratAstType> = {
        Model: on((model, report) => { if (model.$cstNode) checkPeriods(model, report); }),
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
            checkKpiData(kpi, report, services.data.DataFiles);
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
}
