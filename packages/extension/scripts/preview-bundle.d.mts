/** Types of preview-bundle.mjs, for the TypeScript that imports it (the browser tests). */
import type { BuildOptions } from 'esbuild';

export function previewBundleOptions(options?: { minify?: boolean; sourcemap?: boolean }): BuildOptions;
