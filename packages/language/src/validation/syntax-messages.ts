/** Parser and lexer messages in the words of a .strat writer rather than token names. */
const TOKEN_WORDS: Record<string, string> = {
    STRING: 'a quoted text',
    ID: 'a name',
    NUMBER: 'a number',
    PERIOD: 'a period'
};

/** A broken file repeats the same few messages thousands of times: each is reworded once (bounded). */
const reworded = new Map<string, string>();
const REWORDED_LIMIT = 1_000;

export function friendlySyntaxMessage(message: string): string {
    let friendly = reworded.get(message);
    if (friendly === undefined) {
        if (reworded.size >= REWORDED_LIMIT) {
            reworded.clear();
        }
        friendly = reword(message);
        reworded.set(message, friendly);
    }
    return friendly;
}

function reword(message: string): string {
    let friendly = message
        // A closed list (`every week | month | …`): name its values.
        .replace(/Expecting: one of these possible Token sequences:\r?\n((?:[ \t]*\d+\. \[[^\]\r\n]*\]\r?\n)+)but found: '([^']*)'/g,
            (_m, list: string, found: string) => `Expected ${oneOf(sequencesIn(list))} but found ${describeFound(found)}.`)
        .replace(/Expecting end of file but found `([^`]*)`\.?/g, (_m, found: string) => `Expected the end of the file but found ${describeFound(found)}.`)
        .replace(/Expecting token of type '([A-Z_]+)' but found `([^`]*)`\.?/g, (_m, token: string, found: string) =>
            `Expected ${TOKEN_WORDS[token] ?? `'${token}'`} but found ${describeFound(found)}.`)
        .replace(/Expecting (?:keyword|token of type) '([^']+)' but found `([^`]*)`\.?/g, (_m, keyword: string, found: string) =>
            `Expected '${keyword}' but found ${describeFound(found)}.`);
    for (const [token, words] of Object.entries(TOKEN_WORDS)) {
        friendly = friendly.replace(new RegExp(`\\b${token}\\b`, 'g'), words);
    }
    return friendly;
}

/** The token sequences of Chevrotain's numbered list (`  1. [key, result]`), each in words. */
function sequencesIn(list: string): string[] {
    return [...list.matchAll(/\d+\. \[([^\]\r\n]*)\]/g)].map(option => option[1].split(', ').map(tokenWords).join(' '));
}

function tokenWords(token: string): string {
    return TOKEN_WORDS[token] ?? `'${token}'`;
}

/** `'a'`, `'a' or 'b'`, `one of 'a', 'b' or 'c'`. */
function oneOf(options: string[]): string {
    if (options.length <= 2) {
        return options.join(' or ');
    }
    return `one of ${options.slice(0, -1).join(', ')} or ${options.at(-1)}`;
}

function describeFound(found: string): string {
    return found === '' || found === 'EOF' ? 'the end of the file' : `'${found}'`;
}

export function friendlyLexerMessage(message: string): string {
    const match = /unexpected character: ->(.)<-/.exec(message);
    if (!match) return message;
    // Chevrotain quotes one UTF-16 unit: of an emoji (or any character beyond U+FFFF) only the
    // first half, which alone is no character at all.
    return /^[\uD800-\uDFFF]$/.test(match[1])
        ? 'Unexpected character: a symbol such as an emoji belongs inside a "string" or a comment.'
        : `Unexpected character '${match[1]}'.`;
}
