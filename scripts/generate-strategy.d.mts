/** Types of scripts/generate-strategy.mjs (for the tests). */
export declare function generateStrategy(lines: number): string;
