/** What `check` and `scorecard` share: the rule options, and loading the named paths as one workspace. */
import type { RuleSetting } from '@strat/language';
import { findStratFiles, loadWorkspace, type LoadedWorkspace } from '@strat/language/node';

export interface RuleOptions {
    rule: Record<string, RuleSetting>;
    maxOkrsPerOwner?: number;
}

export async function loadPaths(paths: string[], options: RuleOptions): Promise<LoadedWorkspace> {
    const files = await findStratFiles(paths);
    return loadWorkspace(files, { rules: options.rule, maxActiveOkrsPerOwner: options.maxOkrsPerOwner });
}
