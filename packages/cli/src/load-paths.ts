/** What `check` and `scorecard` share: the rule and time options, and loading the named paths as one workspace. */
import type { RuleSetting } from '@strat/language';
import type { AsOfOption } from './as-of-option.js';
import { checkedFolders, findStratFiles, loadWorkspace, type LoadedWorkspace, type WorkspaceOptions } from '@strat/language/node';

export interface RuleOptions {
    rule: Record<string, RuleSetting>;
    maxOkrsPerOwner?: number;
    checkinDays?: number;
    /** `--as-of`: a day, or none; absent, strat.json's or today. */
    asOf?: AsOfOption;
}

export async function loadPaths(paths: string[], options: RuleOptions): Promise<LoadedWorkspace> {
    const files = await findStratFiles(paths);
    return loadWorkspace(files, workspaceOptionsOf(options), await checkedFolders(paths));
}

/** The command line's layer of the settings: it wins over strat.json and the defaults. */
export function workspaceOptionsOf(options: RuleOptions): WorkspaceOptions {
    return { rules: options.rule, maxOkrsPerOwner: options.maxOkrsPerOwner, checkinDays: options.checkinDays, asOf: options.asOf === 'none' ? null : options.asOf };
}
