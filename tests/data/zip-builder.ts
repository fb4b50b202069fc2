/**
 * Test helper: writes zip files byte by byte, so that tests can build the hostile ones no zip
 * library would write (sizes that lie, compression ratios of bombs, thousands of parts).
 */
import { crc32, constants, deflateRawSync } from 'node:zlib';

export interface ZipPart {
    readonly name: string;
    /** The part's data as stored: compressed already if `method` is 8. */
    readonly stored: Uint8Array;
    readonly method: 0 | 8;
    /** The decompressed size to declare (the truth, unless a test wants a lie). */
    readonly size: number;
    readonly crc?: number;
    readonly flags?: number;
}

/** A part as a zip library would store it: deflated, honest. */
export function deflated(name: string, data: Uint8Array | string): ZipPart {
    const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data;
    return { name, stored: deflateRawSync(bytes), method: 8, size: bytes.length, crc: crc32(bytes) };
}

/** A deflate stream of `megabytes` of zeros, built from one compressed megabyte repeated: a bomb. */
export function deflatedZeros(megabytes: number): Uint8Array {
    const block = deflateRawSync(new Uint8Array(1 << 20), { finishFlush: constants.Z_SYNC_FLUSH }); // not final, byte-aligned
    const out = new Uint8Array(block.length * megabytes + 2);
    for (let i = 0; i < megabytes; i++) out.set(block, i * block.length);
    out.set([0x03, 0x00], block.length * megabytes); // an empty final block
    return out;
}

export function buildZip(parts: readonly ZipPart[]): Uint8Array {
    const chunks: Uint8Array[] = [];
    const directory: Uint8Array[] = [];
    let offset = 0;
    for (const part of parts) {
        const name = new TextEncoder().encode(part.name);
        const local = header(30, (view) => {
            view.setUint32(0, 0x04034b50, true);
            view.setUint16(4, 20, true);
            view.setUint16(6, part.flags ?? 0, true);
            view.setUint16(8, part.method, true);
            view.setUint32(14, part.crc ?? 0, true);
            view.setUint32(18, part.stored.length, true);
            view.setUint32(22, part.size, true);
            view.setUint16(26, name.length, true);
        });
        directory.push(header(46, (view) => {
            view.setUint32(0, 0x02014b50, true);
            view.setUint16(4, 20, true);
            view.setUint16(6, 20, true);
            view.setUint16(8, part.flags ?? 0, true);
            view.setUint16(10, part.method, true);
            view.setUint32(16, part.crc ?? 0, true);
            view.setUint32(20, part.stored.length, true);
            view.setUint32(24, part.size, true);
            view.setUint16(28, name.length, true);
            view.setUint32(42, offset, true);
        }), name);
        chunks.push(local, name, part.stored);
        offset += local.length + name.length + part.stored.length;
    }
    const directorySize = directory.reduce((sum, chunk) => sum + chunk.length, 0);
    const end = header(22, (view) => {
        view.setUint32(0, 0x06054b50, true);
        view.setUint16(8, Math.min(parts.length, 0xffff), true);
        view.setUint16(10, Math.min(parts.length, 0xffff), true);
        view.setUint32(12, directorySize, true);
        view.setUint32(16, offset, true);
    });
    return Buffer.concat([...chunks, ...directory, end]);
}

function header(size: number, fill: (view: DataView) => void): Uint8Array {
    const bytes = new Uint8Array(size);
    fill(new DataView(bytes.buffer));
    return bytes;
}
