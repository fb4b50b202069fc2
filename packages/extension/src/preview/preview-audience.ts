/**
 * Who the scorecard previews are for (docs/language.md#audiences): `internal` shows everything,
 * `public` ("everyone") what everyone may see. One choice for every preview of the window: it
 * starts as the setting `strat.preview.audience` says, follows the setting when it changes, and
 * "Strat: Preview as Everyone" / "Strat: Preview as Internal" switch it without writing the
 * setting. The context key `strat.previewAudience` shows the toolbar button of the other choice.
 */
import type { Audience } from '@strat/language';
import type { Disposable, Event } from 'vscode';
import { commands, EventEmitter, workspace } from 'vscode';
import { AUDIENCE_CONTEXT_KEY, AUDIENCE_SETTING, AUDIENCE_SETTING_SECTION, audienceSetting } from './audience-setting.js';

function configured(): Audience {
    return audienceSetting(workspace.getConfiguration(AUDIENCE_SETTING_SECTION).get<unknown>(AUDIENCE_SETTING));
}

export class PreviewAudience implements Disposable {
    private value: Audience = configured();
    private readonly changed = new EventEmitter<Audience>();
    private readonly disposables: Disposable[] = [this.changed];

    /** Fires with the new audience when it changes. */
    readonly onDidChange: Event<Audience> = this.changed.event;

    constructor() {
        this.disposables.push(workspace.onDidChangeConfiguration((event) => {
            if (event.affectsConfiguration(`${AUDIENCE_SETTING_SECTION}.${AUDIENCE_SETTING}`)) this.set(configured());
        }));
        this.announce();
    }

    get current(): Audience {
        return this.value;
    }

    set(audience: Audience): void {
        if (audience === this.value) return;
        this.value = audience;
        this.announce();
        this.changed.fire(audience);
    }

    dispose(): void {
        for (const disposable of this.disposables.splice(0)) disposable.dispose();
    }

    private announce(): void {
        void commands.executeCommand('setContext', AUDIENCE_CONTEXT_KEY, this.value);
    }
}
