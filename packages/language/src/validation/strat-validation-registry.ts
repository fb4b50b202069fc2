/**
 * Langium's validation registry, with checks that stay synchronous when they are.
 *
 * Langium wraps every check in two async functions to catch its errors, so each call of a check
 * costs promises and suspended frames even when the check never awaits: a broken file of 36,000
 * KPIs spent a quarter of its validation's memory on them. Here a check is called directly; only
 * a check that returns a promise, or throws, goes through Langium's `handleException`, which then
 * reports and rethrows exactly as it does for Langium's own wrapper (called at once, so a
 * synchronous error is reported in the same order). `tests/language/langium-overrides.test.ts`
 * notices when Langium's wrapper changes.
 */
import { ValidationRegistry, type ValidationCheck } from 'langium';

const CONTEXT = 'An error occurred during validation';

export class StratValidationRegistry extends ValidationRegistry {
    protected override wrapValidationException(check: ValidationCheck, thisObj: unknown): ValidationCheck {
        return (node, accept, cancelToken) => {
            let result: ReturnType<ValidationCheck>;
            try {
                result = check.call(thisObj, node, accept, cancelToken);
            } catch (error) {
                return this.handleException(() => { throw error; }, CONTEXT, accept, node);
            }
            return result instanceof Promise ? this.handleException(() => result, CONTEXT, accept, node) : undefined;
        };
    }
}
