/**
 * The value of `strat.preview.audience`, read safely: a settings.json edited by hand may hold
 * anything, and anything but `public` previews for the internal audience (everything shown is
 * what the author sees in the editor anyway). Pure.
 */
import type { Audience } from '@strat/language';

/** `strat.preview.audience`, as `workspace.getConfiguration(section).get(key)` reads it. */
export const AUDIENCE_SETTING_SECTION = 'strat.preview';
export const AUDIENCE_SETTING = 'audience';
/** The `when`-clause context key of package.json's audience buttons: the previews' audience. */
export const AUDIENCE_CONTEXT_KEY = 'strat.previewAudience';

export function audienceSetting(value: unknown): Audience {
    return value === 'public' ? 'public' : 'internal';
}

/** How the user is told what export wrote: "" for the internal audience. */
export function audienceNote(audience: Audience): string {
    return audience === 'public' ? ' as shown to everyone (confidential figures withheld)' : '';
}
