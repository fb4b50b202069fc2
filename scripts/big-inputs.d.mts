/** Types of scripts/big-inputs.mjs (for the tests). */
export declare const BIG_INPUTS: {
    oneMegabyteLine(): string;
    tinyElements(): string;
    actualsOnOneLine(): string;
};
