/**
 * The bytes of a CSV/TSV file as text: UTF-8, with or without a byte-order mark
 * (docs/language.md#data-files). Anything else is a problem that says what the file is and how to
 * save it right.
 */
import type { DataProblem } from './data-table.js';

const utf8 = new TextDecoder('utf-8', { fatal: true }); // strips a leading BOM, as editors do

export interface DecodedText {
    /** The text without its BOM: what an editor shows, so positions in it are the editor's. */
    readonly text: string;
    /** The file's bytes after the BOM (the same text, for parsers that read bytes). */
    readonly bytes: Uint8Array;
}

export function decodeUtf8Text(bytes: Uint8Array): DecodedText | DataProblem {
    if (startsWith(bytes, 0xff, 0xfe) || startsWith(bytes, 0xfe, 0xff)) {
        return { problem: 'The file is UTF-16 text (as Excel\'s "Unicode Text" saves it). Save it as UTF-8, e.g. in Excel as "CSV UTF-8 (Comma delimited)".' };
    }
    const nul = bytes.indexOf(0);
    if (nul >= 0) {
        return { problem: `The file is not text: it holds binary data (a zero byte on line ${lineOfByte(bytes, nul) + 1}). A data file must be text, e.g. saved from Excel as "CSV UTF-8 (Comma delimited)".`, line: lineOfByte(bytes, nul) };
    }
    let text: string;
    try {
        text = utf8.decode(bytes);
    } catch {
        const line = firstNonUtf8Line(bytes);
        return { problem: `The file is not UTF-8 text: line ${line + 1} has a character in another encoding (such as Windows-1252, which Excel's plain "CSV" uses). Save it as UTF-8, e.g. in Excel as "CSV UTF-8 (Comma delimited)".`, line };
    }
    const bom = startsWith(bytes, 0xef, 0xbb, 0xbf) ? 3 : 0;
    return { text, bytes: bytes.subarray(bom) };
}

function startsWith(bytes: Uint8Array, ...prefix: number[]): boolean {
    return prefix.every((byte, i) => bytes[i] === byte);
}

/** 0-based line of a byte offset, counting line feeds before it. */
function lineOfByte(bytes: Uint8Array, offset: number): number {
    let line = 0;
    for (let at = bytes.indexOf(0x0a); at >= 0 && at < offset; at = bytes.indexOf(0x0a, at + 1)) line++;
    return line;
}

/** Only on the error path: the first line the strict decoder refuses. */
function firstNonUtf8Line(bytes: Uint8Array): number {
    let line = 0;
    for (let start = 0; start < bytes.length; line++) {
        const newline = bytes.indexOf(0x0a, start);
        const end = newline < 0 ? bytes.length : newline;
        try {
            utf8.decode(bytes.subarray(start, end));
        } catch {
            return line;
        }
        start = end + 1;
    }
    return line;
}
