/**
 * "Compare Scorecard with…": a QuickPick of the git revisions the language server lists for the
 * preview's repository — HEAD first, then branches and tags by recency, then recent commits — and
 * whatever the user types (any revision git understands: `HEAD~3`, a commit id, `origin/main`).
 * When the server cannot list them (not a repository, no git), its one-line reason is shown.
 */
import { window, type QuickPickItem } from 'vscode';
import type { ComparisonRef } from '../preview/compare-refs.js';
import { refItems } from '../preview/compare-refs.js';
import type { ScorecardPreview } from '../preview/scorecard-preview.js';
import type { ScorecardSource } from '../preview/scorecard-source.js';
import { errorReason } from '../error-reason.js';

interface RefItem extends QuickPickItem {
    ref: string;
}

export async function pickRef(source: ScorecardSource, preview: ScorecardPreview): Promise<string | undefined> {
    let refs: ComparisonRef[];
    try {
        refs = (await source.refs(preview.target.documentUri ? { uri: preview.target.documentUri } : {})).refs;
    } catch (error) {
        void window.showWarningMessage(`Strat cannot compare the scorecard: ${errorReason(error)}`);
        return undefined;
    }
    const listed: RefItem[] = refItems(refs);
    const quickPick = window.createQuickPick<RefItem>();
    quickPick.title = 'Compare Scorecard with…';
    quickPick.placeholder = 'A git revision: HEAD, a branch, a tag, a commit (or type one, e.g. HEAD~1)';
    quickPick.items = listed;
    quickPick.matchOnDetail = true;
    quickPick.onDidChangeValue((value) => {
        const typed = value.trim();
        const exact = listed.some((item) => item.ref === typed);
        quickPick.items = typed === '' || exact ? listed : [{ ref: typed, label: typed, description: 'the revision typed' }, ...listed];
    });
    return new Promise((resolve) => {
        let chosen: string | undefined;
        quickPick.onDidAccept(() => {
            chosen = quickPick.selectedItems[0]?.ref ?? (quickPick.value.trim() || undefined);
            quickPick.hide();
        });
        quickPick.onDidHide(() => {
            quickPick.dispose();
            resolve(chosen);
        });
        quickPick.show();
    });
}
