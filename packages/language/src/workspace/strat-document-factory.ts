import { DefaultLangiumDocumentFactory, URI, type LangiumDocument, type TextDocument } from 'langium';
import { CancellationToken } from 'vscode-languageserver';
import { decodeStratFile } from './file-encoding.js';

/**
 * Reads documents as Strat reads files, and remembers what the validator and the client need:
 * - a file on disk is read as bytes and decoded as UTF-8 (file-encoding.ts); a file in another
 *   encoding becomes an empty document with its problem noted, for one `encoding` error;
 * - which version of an open document was parsed: the client's text document changes in place
 *   with every edit, so by the time diagnostics are published it may already be newer than what
 *   they were computed from. Diagnostics carry the parsed version (LSP `version`).
 */
export class StratDocumentFactory extends DefaultLangiumDocumentFactory {
    private readonly versions = new WeakMap<LangiumDocument, number>();
    /** URI → why its file on disk could not be read as UTF-8. */
    private readonly encodingProblems = new Map<string, string>();

    /** The client's version of the text last parsed; undefined for a file the client does not have open. */
    parsedVersion(document: LangiumDocument): number | undefined {
        return this.versions.get(document);
    }

    /** Why the document's file is not UTF-8, when it was read from disk and is not. */
    encodingProblem(document: LangiumDocument): string | undefined {
        return this.encodingProblems.get(document.uri.toString());
    }

    protected override getInitialText(uri: URI, _cancelToken: CancellationToken): Promise<string> {
        return this.readFromDisk(uri);
    }

    protected override async getUpdatedText(document: LangiumDocument, textDocument: TextDocument | undefined, cancelToken = CancellationToken.None): Promise<string> {
        if (!textDocument) {
            this.versions.delete(document);
            return this.readFromDisk(document.uri);
        }
        // Read in the same turn as the text: no message can change the document in between.
        this.versions.set(document, textDocument.version);
        this.encodingProblems.delete(document.uri.toString());
        return super.getUpdatedText(document, textDocument, cancelToken);
    }

    private async readFromDisk(uri: URI): Promise<string> {
        const decoded = decodeStratFile(await this.fileSystemProvider.readBinary(uri));
        if (decoded.problem === undefined) {
            this.encodingProblems.delete(uri.toString());
            return decoded.text;
        }
        this.encodingProblems.set(uri.toString(), decoded.problem);
        return '';
    }
}
