import { DefaultServiceRegistry, type LangiumCoreServices, type URI } from 'langium';

/**
 * Strat is the only language here, so a file named explicitly (`strat check notes.txt`) is read
 * as .strat whatever its extension. `hasServices` stays by extension, so the language server
 * still picks only `*.strat` files out of a workspace folder.
 */
export class StratServiceRegistry extends DefaultServiceRegistry {
    override getServices(uri: URI): LangiumCoreServices {
        try {
            return super.getServices(uri);
        } catch (error) {
            if (this.all.length === 1) {
                return this.all[0];
            }
            throw error;
        }
    }

    override hasServices(uri: URI): boolean {
        try {
            super.getServices(uri);
            return true;
        } catch {
            return false;
        }
    }
}
