/**
 * The preview's Content-Security-Policies: nothing by default; styles from the extension's
 * preview folder (`webview.cspSource`) and inline; the one script the page tag carries the
 * nonce of; images from the preview folder and `data:`. The values are cleaned so that no
 * option can add a directive. Pure.
 */

/** Keeps a CSP source expression to one token without quotes or separators. */
export function cleanSource(source: string): string {
    return source.replace(/[\s;,'"<>\\]/g, '');
}

/** Keeps only characters a CSP nonce can hold (base64 and base64url). */
export function cleanNonce(nonce: string): string {
    return nonce.replace(/[^A-Za-z0-9+/=_-]/g, '');
}

function withSource(source: string, rest: string): string {
    return source ? `${source} ${rest}` : rest;
}

/** The policy of the scorecard page: its script only with the nonce. */
export function scorecardPageCsp(cspSource: string, nonce: string): string {
    const source = cleanSource(cspSource);
    const cleanedNonce = cleanNonce(nonce);
    return [
        "default-src 'none'",
        `style-src ${withSource(source, "'unsafe-inline'")}`,
        `script-src ${cleanedNonce ? `'nonce-${cleanedNonce}'` : "'none'"}`,
        `img-src ${withSource(source, 'data:')}`,
    ].join('; ');
}

/** The policy of the placeholder page: styles only, no script. */
export function placeholderPageCsp(cspSource: string): string {
    return `default-src 'none'; style-src ${withSource(cleanSource(cspSource), "'unsafe-inline'")}`;
}
