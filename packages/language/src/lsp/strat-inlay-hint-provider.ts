/**
 * Inlay hints: each key result's progress after its title (`▮▮▯▯▯ 36%` or `no data`) and each
 * KPI's status after its name (`● amber`), computed by the scorecard functions.
 */
import { GrammarUtils, type AstNode } from 'langium';
import { AbstractInlayHintProvider, type InlayHintAcceptor } from 'langium/lsp';
import { isKeyResult, isKpi } from '../generated/ast.js';
import { keyResultProgress } from '../scorecard/key-result-progress.js';
import { kpiStatus } from '../scorecard/kpi-status.js';
import { KPI_STATUS_MEANING } from '../scorecard/render/format.js';
import { progressBar, statusDot } from './progress-bar.js';

export class StratInlayHintProvider extends AbstractInlayHintProvider {
    override computeInlayHint(node: AstNode, acceptor: InlayHintAcceptor): void {
        if (isKeyResult(node)) {
            const title = GrammarUtils.findNodeForProperty(node.$cstNode, 'title') ?? GrammarUtils.findNodeForKeyword(node.$cstNode, 'result');
            if (title) {
                acceptor({ position: title.range.end, label: progressBar(keyResultProgress(node)), paddingLeft: true, tooltip: 'Key result progress' });
            }
        } else if (isKpi(node)) {
            const name = GrammarUtils.findNodeForProperty(node.$cstNode, 'name');
            if (name) {
                const status = kpiStatus(node);
                acceptor({ position: name.range.end, label: statusDot(status), paddingLeft: true, tooltip: `KPI status: ${KPI_STATUS_MEANING[status]}` });
            }
        }
    }
}
