/**
 * How the language server names itself in its `initialize` answer (LSP `serverInfo`). The version
 * is the language package's; it is written here rather than read from package.json because the
 * server also runs bundled inside the VS Code extension, where that file is not beside it.
 * `tests/lsp/stdio-server.test.ts` fails when the two disagree.
 */
export const SERVER_INFO = { name: 'strat-language-server', version: '0.1.0' } as const;
