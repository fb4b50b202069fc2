/** Node-only entry: loading workspaces from disk. */
export * from './workspace/load-workspace.js';
