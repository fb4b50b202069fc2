import { DefaultLangiumDocumentFactory, type LangiumDocument, type TextDocument } from 'langium';
import { CancellationToken } from 'vscode-languageserver';

/**
 * Remembers which version of an open document was parsed: the client's text document changes
 * in place with every edit, so by the time diagnostics are published it may already be newer
 * than what they were computed from. Diagnostics carry the parsed version (LSP `version`).
 */
export class StratDocumentFactory extends DefaultLangiumDocumentFactory {
    private readonly versions = new WeakMap<LangiumDocument, number>();

    /** The client's version of the text last parsed; undefined for a file the client does not have open. */
    parsedVersion(document: LangiumDocument): number | undefined {
        return this.versions.get(document);
    }

    protected override async getUpdatedText(document: LangiumDocument, textDocument: TextDocument | undefined, cancelToken = CancellationToken.None): Promise<string> {
        // Read in the same turn as the text: no message can change the document in between.
        const version = textDocument?.version;
        const text = super.getUpdatedText(document, textDocument, cancelToken);
        if (version === undefined) {
            this.versions.delete(document);
        } else {
            this.versions.set(document, version);
        }
        return text;
    }
}
