/**
 * What the connected client can do, read once from `initialize`: the commands and notifications
 * it declared in `initializationOptions` (initialization-options.ts). Features that only the VS Code
 * extension understands are offered to a client that declared them, and to no other.
 * Before `initialize` (in-process use, tests) the client declared nothing.
 */
import type { LangiumSharedServices } from 'langium/lsp';
import { readInitializationOptions } from '../config/initialization-options.js';

export class ClientProfile {
    private commands = new Set<string>();
    private notifications = new Set<string>();

    constructor(shared: LangiumSharedServices) {
        shared.lsp.LanguageServer.onInitialize(params => {
            const options = readInitializationOptions(params);
            this.commands = new Set(options.clientCommands ?? []);
            this.notifications = new Set(options.clientNotifications ?? []);
        });
    }

    /** Whether the client runs this command itself (a code lens may carry it). */
    runsCommand(command: string): boolean {
        return this.commands.has(command);
    }

    /** Whether the client handles this Strat notification (others are not sent). */
    handlesNotification(method: string): boolean {
        return this.notifications.has(method);
    }
}
