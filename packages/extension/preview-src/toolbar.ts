/**
 * The toolbar above the scorecard. Each control's element is made once and then shown with the
 * extension's `PreviewControls` (from the page's `data-controls`, then from every update), so a
 * focused control keeps the focus across updates. The controls are listed in controls/index.ts.
 */
import type { PreviewControls } from '../src/preview/preview-protocol.js';
import type { Post } from './webview-host.js';

/** A control as it is on the page. */
export interface ControlView {
    readonly element: HTMLElement;
    /** Shows what the extension says (a label, a pressed state…). */
    show(controls: PreviewControls): void;
}

/** A kind of control: makes its element, which posts the control's message. */
export interface ToolbarControl {
    create(document: Document, post: Post): ControlView;
}

export class Toolbar {
    private readonly views: readonly ControlView[];
    private readonly container: HTMLElement;

    constructor(container: HTMLElement, controls: readonly ToolbarControl[], post: Post) {
        this.container = container;
        this.views = controls.map((control) => control.create(container.ownerDocument, post));
        container.replaceChildren(...this.views.map((view) => view.element));
        // nothing to show until the extension says what
        container.hidden = true;
    }

    show(controls: PreviewControls): void {
        for (const view of this.views) view.show(controls);
        this.container.hidden = false;
    }
}
