/** Language-server test support: in-memory workspaces and cursor positions marked with `|`. */
import { EmptyFileSystem, URI, type LangiumDocument } from 'langium';
import type { Position } from 'vscode-languageserver';
import { createStratServices, type StratServices } from '../../packages/language/src/strat-module.js';
import type { Model } from '../../packages/language/src/generated/ast.js';
import { parseDay } from '../../packages/language/src/model/period-span.js';

export function lspServices(): StratServices {
    return createStratServices(EmptyFileSystem).Strat;
}

export interface LspWorkspace {
    services: StratServices;
    documents: Map<string, LangiumDocument<Model>>;
    /** The document of a file name given to `lspWorkspace`. */
    doc(name: string): LangiumDocument<Model>;
}

/**
 * Builds `name → text` files (linked and validated) in fresh services, judged as of `asOf`
 * (YYYY-MM-DD), or with no reference date by default so that nothing depends on today.
 */
export async function lspWorkspace(files: Record<string, string> | string, asOf: string | null = null): Promise<LspWorkspace> {
    const services = lspServices();
    services.config.Settings.setCommandLine({ asOf: asOf === null ? null : parseDay(asOf) });
    const sources = typeof files === 'string' ? { 'test.strat': files } : files;
    const documents = new Map<string, LangiumDocument<Model>>();
    for (const [name, text] of Object.entries(sources)) {
        const document = services.shared.workspace.LangiumDocumentFactory.fromString<Model>(text, URI.parse(`file:///ws/${name}`));
        services.shared.workspace.LangiumDocuments.addDocument(document);
        documents.set(name, document);
    }
    await services.shared.workspace.DocumentBuilder.build([...documents.values()], { validation: true });
    return {
        services,
        documents,
        doc(name) {
            const document = documents.get(name);
            if (!document) throw new Error(`no file ${name} in the test workspace`);
            return document;
        }
    };
}

/** The position of the `occurrence`-th (0-based) match of `text` in the document, plus `shift` characters. */
export function positionOf(document: LangiumDocument, text: string, shift = 0, occurrence = 0): Position {
    const source = document.textDocument.getText();
    let index = -1;
    for (let i = 0; i <= occurrence; i++) {
        index = source.indexOf(text, index + 1);
        if (index < 0) throw new Error(`'${text}' (occurrence ${occurrence}) not found in ${document.uri.toString()}`);
    }
    return document.textDocument.positionAt(index + shift);
}

/** The example at the top of the language reference (docs/language.md). */
export const BANK = `// Acme Bank — strategy 2026–2030

ambition Appealing "Become the most appealing large bank to clients" {
    horizon 2030
    owner "Executive Board"
}

strategy DigitalFirst "Serve clients digital-first" {
    realizes Appealing
    perspective customer
    owner "COO"
}

kpi NewToBank "New-to-bank clients" {
    monitors DigitalFirst
    unit "clients"
    target >= 12000
    alert 10000
    every quarter
    owner "Retail"
    rewarded
    confidential
    actual 2026-Q1 9100
    actual 2026-Q2 9400
}

kpi Nps "Net Promoter Score" {
    monitors DigitalFirst
    target >= 30
    alert 20
    every month
    actual 2026-05 18
    actual 2026-06 21
}

okr WinNewClients "Become the bank new clients choose first" {
    cycle 2026-Q3
    addresses Nps
    owner "Retail"

    key result NpsUp "Increase NPS from 21 to 35" {
        measures Nps
        from 21 to 35
        current 26
        confidence 60%
    }
    key result FastOpening "Cut account opening time from 5 days to 1 day" {
        from 5 to 1
        unit "days"
        checkin 2026-07-15 4 confidence 70%
        checkin 2026-08-15 3
    }

    plan {
        initiative "Redesign mobile onboarding" owner "CX" due 2026-08-31 done
        initiative "Same-day account opening" owner "Ops" due 2026-09-15
    }
}
`;

/** Text with one `<|>` cursor marker: the text without it, and the cursor's offset. */
export function withCursor(text: string): { text: string; offset: number } {
    const offset = text.indexOf('<|>');
    if (offset < 0) throw new Error('no <|> cursor marker in the test text');
    return { text: text.slice(0, offset) + text.slice(offset + 3), offset };
}
