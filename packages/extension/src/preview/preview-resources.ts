/**
 * The files the preview page loads from the extension, built from `preview-src/` by esbuild.mjs:
 * the page script and the stylesheet that maps the editor theme. Their folder is the webview's
 * only `localResourceRoots` entry, and .vscodeignore ships exactly these files. Paths are
 * relative to the extension folder, as segments for `Uri.joinPath`.
 */
export const PREVIEW_RESOURCE_FOLDER = ['dist', 'preview'] as const;
export const PREVIEW_SCRIPT = [...PREVIEW_RESOURCE_FOLDER, 'preview.js'] as const;
export const PREVIEW_STYLESHEET = [...PREVIEW_RESOURCE_FOLDER, 'preview.css'] as const;
