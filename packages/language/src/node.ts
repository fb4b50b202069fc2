/** Node-only entry: loading workspaces from disk. */
export * from './node/node-workspace-loader.js';
