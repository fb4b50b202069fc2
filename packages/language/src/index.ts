export * from './strat-module.js';
export * as ast from './generated/ast.js';
export * from './rules/rule-table.js';
export * from './validation/rule-settings.js';
export * from './model/periods.js';
export * from './scorecard/model.js';
export * from './scorecard/kpi-status.js';
export * from './scorecard/key-result-progress.js';
export * from './scorecard/objective-score.js';
