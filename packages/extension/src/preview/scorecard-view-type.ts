/** The scorecard webview panel's type (`activeWebviewPanelId` in the manifest's `when` clauses). */
export const SCORECARD_VIEW_TYPE = 'strat.scorecard';
