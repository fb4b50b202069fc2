/** Parser and lexer messages in the words of a .strat writer rather than token names. */
const TOKEN_WORDS: Record<string, string> = {
    STRING: 'a quoted text',
    ID: 'a name',
    NUMBER: 'a number',
    PERIOD: 'a period'
};

export function friendlySyntaxMessage(message: string): string {
    let friendly = message
        .replace(/Expecting token of type '([A-Z_]+)' but found `([^`]*)`\.?/g, (_m, token: string, found: string) =>
            `Expected ${TOKEN_WORDS[token] ?? `'${token}'`} but found ${describeFound(found)}.`)
        .replace(/Expecting (?:keyword|token of type) '([^']+)' but found `([^`]*)`\.?/g, (_m, keyword: string, found: string) =>
            `Expected '${keyword}' but found ${describeFound(found)}.`);
    for (const [token, words] of Object.entries(TOKEN_WORDS)) {
        friendly = friendly.replace(new RegExp(`\\b${token}\\b`, 'g'), words);
    }
    return friendly;
}

function describeFound(found: string): string {
    return found === '' || found === 'EOF' ? 'the end of the file' : `'${found}'`;
}

export function friendlyLexerMessage(message: string): string {
    const match = /unexpected character: ->(.)<-/.exec(message);
    return match ? `Unexpected character '${match[1]}'.` : message;
}
