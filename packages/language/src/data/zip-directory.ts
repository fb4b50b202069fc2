/**
 * The list of parts in a zip file (an .xlsx is one), read from its central directory as zip
 * libraries read it (JSZip, inside exceljs, included): the end record is searched from the end of
 * the file, each entry's data follows its local header. Nothing is decompressed here.
 * Format: PKWARE APPNOTE.TXT, sections 4.3.6 (local header), 4.3.12 (central directory entry),
 * 4.3.16 (end of central directory), 4.5.3 (Zip64 sizes).
 */

export interface ZipEntry {
    readonly name: string;
    /** 0 stored, 8 deflated; anything else is refused by the caller. */
    readonly method: number;
    readonly encrypted: boolean;
    readonly compressedSize: number;
    /** The decompressed size the entry declares: a hostile file may lie, so it is checked when inflating. */
    readonly size: number;
    /** Where the compressed data starts in the file. */
    readonly dataStart: number;
}

export type ZipDirectory = { readonly entries: readonly ZipEntry[] } | { readonly damaged: string };

const END_SIGNATURE = 0x06054b50, ENTRY_SIGNATURE = 0x02014b50, LOCAL_SIGNATURE = 0x04034b50;
const END_SIZE = 22, ENTRY_SIZE = 46, LOCAL_SIZE = 30, MAX_COMMENT = 0xffff;
const ZIP64 = 0xffffffff;

/** The entries, or why the file is not a readable zip; `undefined` if it is no zip at all. */
export function readZipDirectory(bytes: Uint8Array, maxEntries: number): ZipDirectory | undefined {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const end = findEndRecord(view);
    if (end < 0) return undefined;
    const count = view.getUint16(end + 10, true);
    const directorySize = view.getUint32(end + 12, true);
    const directoryStart = view.getUint32(end + 16, true);
    if (view.getUint16(end + 4, true) !== 0 || view.getUint16(end + 6, true) !== 0) return { damaged: 'it is split over several files' };
    if (count > maxEntries) return { damaged: `it has ${count.toLocaleString('en-US')} parts; a workbook has tens` };
    if (directoryStart + directorySize > end) return { damaged: 'its table of contents points outside the file' };

    const decoder = new TextDecoder(); // names are UTF-8 (or ASCII, which reads the same)
    const entries: ZipEntry[] = [];
    let at = directoryStart;
    for (let i = 0; i < count; i++) {
        if (at + ENTRY_SIZE > end || view.getUint32(at, true) !== ENTRY_SIGNATURE) return { damaged: 'its table of contents is damaged' };
        const nameLength = view.getUint16(at + 28, true);
        const extraLength = view.getUint16(at + 30, true);
        const commentLength = view.getUint16(at + 32, true);
        const name = decoder.decode(bytes.subarray(at + ENTRY_SIZE, at + ENTRY_SIZE + nameLength));
        const sizes = zip64Sizes(view, at + ENTRY_SIZE + nameLength, extraLength, {
            size: view.getUint32(at + 24, true),
            compressedSize: view.getUint32(at + 20, true),
            offset: view.getUint32(at + 42, true)
        });
        const local = sizes.offset;
        if (local + LOCAL_SIZE > bytes.length || view.getUint32(local, true) !== LOCAL_SIGNATURE) return { damaged: `its part "${name}" is missing` };
        const dataStart = local + LOCAL_SIZE + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
        if (dataStart + sizes.compressedSize > bytes.length) return { damaged: `its part "${name}" is cut off` };
        entries.push({
            name,
            method: view.getUint16(at + 10, true),
            encrypted: (view.getUint16(at + 8, true) & 1) === 1,
            compressedSize: sizes.compressedSize,
            size: sizes.size,
            dataStart
        });
        at += ENTRY_SIZE + nameLength + extraLength + commentLength;
    }
    return { entries };
}

/** The end record is 22 bytes and a comment of up to 64 KB: search backwards for its signature. */
function findEndRecord(view: DataView): number {
    const lowest = Math.max(0, view.byteLength - END_SIZE - MAX_COMMENT);
    for (let at = view.byteLength - END_SIZE; at >= lowest; at--) {
        if (view.getUint32(at, true) === END_SIGNATURE) return at;
    }
    return -1;
}

interface Sizes {
    size: number;
    compressedSize: number;
    offset: number;
}

/** A field of 0xFFFFFFFF means the real value is in the Zip64 extra field (id 1), in this order. */
function zip64Sizes(view: DataView, extraStart: number, extraLength: number, sizes: Sizes): Sizes {
    if (sizes.size !== ZIP64 && sizes.compressedSize !== ZIP64 && sizes.offset !== ZIP64) return sizes;
    const result = { ...sizes };
    for (let at = extraStart; at + 4 <= extraStart + extraLength;) {
        const id = view.getUint16(at, true);
        const length = view.getUint16(at + 2, true);
        if (id === 1) {
            let field = at + 4;
            for (const key of ['size', 'compressedSize', 'offset'] as const) {
                if (sizes[key] !== ZIP64 || field + 8 > at + 4 + length) continue;
                result[key] = Number(view.getBigUint64(field, true)); // beyond 2^53 is refused as too large anyway
                field += 8;
            }
        }
        at += 4 + length;
    }
    return result;
}
