/**
 * The preview's Content-Security-Policies: nothing by default; styles from the webview's own
 * resources (`webview.cspSource`) and inline; the one script whose tag carries the nonce; images
 * from the webview's resources and `data:`. The values are cleaned so that no option can add a
 * directive or a keyword. Pure.
 */

/**
 * The source expressions of `webview.cspSource`, cleaned: desktop VS Code gives one
 * (`https://*.vscode-cdn.net`), VS Code for the web and code-server two (`'self' https://…`).
 * `'self'` is kept; any other quoted keyword, nonce or hash is dropped; separators go.
 */
export function cleanSources(cspSource: string): string {
    return cspSource
        .split(/\s+/)
        .map((token) => (token === "'self'" ? token : token.startsWith("'") ? '' : token.replace(/[;,'"<>\\]/g, '')))
        .filter((token) => token !== '')
        .join(' ');
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
    const source = cleanSources(cspSource);
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
    return `default-src 'none'; style-src ${withSource(cleanSources(cspSource), "'unsafe-inline'")}`;
}
