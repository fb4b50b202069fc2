/** A fresh script nonce for every page the preview loads (128 random bits, base64). */
import { randomBytes } from 'node:crypto';

export function createNonce(): string {
    return randomBytes(16).toString('base64');
}
