/** The workspace roots: what the client gives, and what a file opened without any brings (workspace-roots.ts). */
import * as os from 'node:os';
import * as path from 'node:path';
import { URI } from 'langium';
import { describe, expect, it } from 'vitest';
import { clientRoots, isInRoot, openedFileRoot } from '../../packages/language/src/workspace/workspace-roots.js';
import { StratNodeFileSystemProvider } from '../../packages/language/src/node/node-file-system.js';

const never = () => false;

describe('the roots a client gives', () => {
    it('its workspace folders, else its rootUri, else its rootPath, else none', () => {
        const folders = [{ uri: 'file:///a', name: 'a' }, { uri: 'file:///b', name: 'b' }];
        expect(clientRoots({ workspaceFolders: folders, rootUri: 'file:///c' })).toEqual(folders);
        expect(clientRoots({ workspaceFolders: [], rootUri: 'file:///c' }).map(f => f.uri)).toEqual(['file:///c']);
        expect(clientRoots({ workspaceFolders: null, rootUri: null, rootPath: '/d' }).map(f => f.uri)).toEqual(['file:///d']);
        expect(clientRoots({ workspaceFolders: null, rootUri: null, rootPath: null })).toEqual([]);
    });
});

describe('the root a file opened without any brings', () => {
    const file = URI.file('/home/ana/plans/okrs/q3.strat');

    it('is its strat.json\'s folder, with its subfolders', () => {
        const root = openedFileRoot(file, URI.file('/home/ana/plans/strat.json'), never);
        expect(root).toEqual({ folder: URI.file('/home/ana/plans'), deep: true });
        expect(isInRoot(URI.file('/home/ana/plans/okrs/q4.strat'), root)).toBe(true);
        expect(isInRoot(URI.file('/home/ana/plans/.archive/old.strat'), root)).toBe(false);
        expect(isInRoot(URI.file('/home/ana/other.strat'), root)).toBe(false);
    });

    it('without a strat.json, is the file\'s own folder, only the files directly in it', () => {
        const root = openedFileRoot(file, undefined, never);
        expect(root).toEqual({ folder: URI.file('/home/ana/plans/okrs'), deep: false });
        expect(isInRoot(URI.file('/home/ana/plans/okrs/q4.strat'), root)).toBe(true);
        expect(isInRoot(URI.file('/home/ana/plans/okrs/old/q1.strat'), root)).toBe(false);
    });

    it('with a strat.json in a folder too broad to scan (the home folder), is the file\'s own folder only', () => {
        const root = openedFileRoot(file, URI.file('/home/ana/strat.json'), folder => folder.path === '/home/ana');
        expect(root).toEqual({ folder: URI.file('/home/ana/plans/okrs'), deep: false });
    });

    it('the home folder and a file-system root are too broad to scan; a project folder is not', () => {
        const fileSystem = new StratNodeFileSystemProvider();
        expect(fileSystem.tooBroadToScan(URI.file(os.homedir()))).toBe(true);
        expect(fileSystem.tooBroadToScan(URI.file(path.parse(process.cwd()).root))).toBe(true);
        expect(fileSystem.tooBroadToScan(URI.file(path.join(os.tmpdir(), 'plans')))).toBe(false);
    });
});
