/** The parts every switch of the toolbar has: its box, the state it is in, and the button that switches it. */
export interface SwitchElements {
    readonly element: HTMLDivElement;
    readonly current: HTMLSpanElement;
    readonly button: HTMLButtonElement;
}

/** `name` gives the classes (`control <name>-control`, `<name>-toggle`) and the button's `data-control`. */
export function switchElements(document: Document, name: string): SwitchElements {
    const element = document.createElement('div');
    element.className = `control ${name}-control`;
    const current = document.createElement('span');
    current.className = 'control-state';
    const button = document.createElement('button');
    button.type = 'button';
    button.className = `${name}-toggle`;
    button.dataset.control = name;
    element.append(current, button);
    return { element, current, button };
}
