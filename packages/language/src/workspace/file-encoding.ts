/**
 * A `.strat` file's bytes as text: UTF-8 (a UTF-8 byte order mark is allowed and dropped), or
 * what else the file looks like, for the one `encoding` error it gets instead of thousands of
 * syntax errors (docs/decisions.md#files). Pure: bytes in, text or a finding out.
 */
export type DecodedFile = { text: string; problem?: undefined } | { problem: string; text?: undefined };

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export function decodeStratFile(bytes: Uint8Array): DecodedFile {
    const starts = (...prefix: number[]) => prefix.every((byte, i) => bytes[i] === byte);
    if (starts(0xff, 0xfe, 0x00, 0x00)) return { problem: 'it starts with a UTF-32 LE byte order mark' };
    if (starts(0x00, 0x00, 0xfe, 0xff)) return { problem: 'it starts with a UTF-32 BE byte order mark' };
    if (starts(0xff, 0xfe)) return { problem: 'it starts with a UTF-16 LE byte order mark' };
    if (starts(0xfe, 0xff)) return { problem: 'it starts with a UTF-16 BE byte order mark' };
    const body = starts(0xef, 0xbb, 0xbf) ? bytes.subarray(3) : bytes;
    if (body.includes(0)) {
        return { problem: zeroBytesLookLike(body) };
    }
    try {
        return { text: utf8.decode(body) };
    } catch {
        const at = firstInvalidByte(body);
        return { problem: `byte ${at + 1} is not UTF-8; the file may be in Latin-1 or Windows-1252` };
    }
}

/** Text in UTF-16 without a byte order mark has a zero byte beside most ASCII characters: after them (LE) or before (BE). */
function zeroBytesLookLike(bytes: Uint8Array): string {
    const sample = bytes.subarray(0, 4096);
    let even = 0;
    let odd = 0;
    sample.forEach((byte, i) => {
        if (byte === 0) {
            if (i % 2 === 0) even++;
            else odd++;
        }
    });
    const half = sample.length / 2;
    return odd > half * 0.3 && odd > even * 4 ? 'it looks like UTF-16 LE'
        : even > half * 0.3 && even > odd * 4 ? 'it looks like UTF-16 BE'
        : 'it holds zero bytes, which no text file does';
}

/** The offset of the first byte that does not start or continue a UTF-8 character. */
function firstInvalidByte(bytes: Uint8Array): number {
    for (let i = 0; i < bytes.length;) {
        const byte = bytes[i];
        const length = byte < 0x80 ? 1 : byte >= 0xc2 && byte < 0xe0 ? 2 : byte >= 0xe0 && byte < 0xf0 ? 3 : byte >= 0xf0 && byte < 0xf5 ? 4 : 0;
        if (length === 0 || i + length > bytes.length) return i;
        for (let k = 1; k < length; k++) {
            if ((bytes[i + k] & 0xc0) !== 0x80) return i;
        }
        i += length;
    }
    return 0;
}
