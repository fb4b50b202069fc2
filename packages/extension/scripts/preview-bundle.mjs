/**
 * How the preview page's own files are built: preview-src/index.ts → dist/preview/preview.js
 * (one script for the webview, no modules) and preview-src/preview.css → dist/preview/preview.css.
 * Used by esbuild.mjs, and by the browser tests, which load this very bundle in Chromium.
 * dist/preview is the webview's only local resource root (src/preview/preview-resources.ts).
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const extensionDir = join(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * @param {{ minify?: boolean, sourcemap?: boolean }} [options]
 * @returns {import('esbuild').BuildOptions}
 */
export function previewBundleOptions({ minify = true, sourcemap = false } = {}) {
    return {
        entryPoints: [
            { in: join(extensionDir, 'preview-src', 'index.ts'), out: 'preview' },
            { in: join(extensionDir, 'preview-src', 'preview.css'), out: 'preview' },
        ],
        outdir: join(extensionDir, 'dist', 'preview'),
        bundle: true,
        format: 'iife',
        platform: 'browser',
        // VS Code 1.100's webviews run Chromium 132
        target: ['chrome120'],
        minify,
        sourcemap: sourcemap ? 'linked' : false,
        sourcesContent: false,
        legalComments: 'none',
        logLevel: 'info',
    };
}
