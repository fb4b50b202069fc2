/** Node-only entry: loading workspaces from disk. */
export * from './node/node-workspace-loader.js';
export * from './node/git/git.js';
export * from './node/git/revision-files.js';
export { RevisionSnapshot, type RevisionSnapshotOptions } from './node/git/revision-snapshot.js';
export { RevisionScorecards, type RevisionScorecard, type RevisionScorecardRequest, type RepositoryPlace } from './node/git/revision-scorecards.js';
export { listRefs, type GitRef, type RefKind } from './node/git/git-refs.js';
