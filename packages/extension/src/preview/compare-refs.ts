/** The revisions offered for a comparison, as QuickPick items: HEAD first, then the rest in the server's order. Pure. */
import type { ComparisonRefsResult } from '@strat/language/protocol';

export type ComparisonRef = ComparisonRefsResult['refs'][number];

const KIND_LABEL: Readonly<Record<ComparisonRef['kind'], string>> = {
    head: 'the last commit',
    branch: 'branch',
    tag: 'tag',
    commit: 'commit',
};

export interface RefPickItem {
    ref: string;
    label: string;
    description: string;
    detail?: string;
}

export function refItems(refs: readonly ComparisonRef[]): RefPickItem[] {
    const items = refs.map((ref) => ({ ref: ref.ref, label: ref.ref, description: KIND_LABEL[ref.kind], ...(ref.detail ? { detail: ref.detail } : {}) }));
    // HEAD is offered (and the default) even where the server could not say more
    return items.some((item) => item.ref === 'HEAD') ? items : [{ ref: 'HEAD', label: 'HEAD', description: KIND_LABEL.head }, ...items];
}
