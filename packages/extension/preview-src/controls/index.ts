/** The toolbar's controls, in order: the one place a new control is added to the page. */
import type { ToolbarControl } from '../toolbar.js';
import { compareControl } from './compare-control.js';
import { scopeControl } from './scope-control.js';

export const TOOLBAR_CONTROLS: readonly ToolbarControl[] = [compareControl, scopeControl];
