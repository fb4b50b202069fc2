/** The extension's command ids (declared in package.json `contributes.commands`). */
export const COMMANDS = {
    /** "Strat: Open Scorecard"; also the OKR code lens' command (arguments: document URI, OKR name). */
    openScorecard: 'strat.openScorecard',
    /** "Strat: Open Scorecard to the Side" (Ctrl+K V / Cmd+K V, editor title button). */
    openScorecardToSide: 'strat.openScorecardToSide',
    /** "Strat: Toggle Scorecard Scope": this file ↔ whole workspace. */
    toggleScorecardScope: 'strat.toggleScorecardScope',
    /** "Strat: Export Scorecard…": HTML, Markdown or JSON. */
    exportScorecard: 'strat.exportScorecard',
    /** "Strat: Preview as Everyone": the previews withhold what is confidential (docs/language.md#audiences). */
    previewAsEveryone: 'strat.previewAsEveryone',
    /** "Strat: Preview as Internal": the previews show everything again. */
    previewAsInternal: 'strat.previewAsInternal',
    /** "Strat: Compare Scorecard with…": the preview shows what changed since a git revision. */
    compareScorecard: 'strat.compareScorecard',
    /** "Strat: Stop Comparing": back to the normal view. */
    stopComparing: 'strat.stopComparing',
} as const;
