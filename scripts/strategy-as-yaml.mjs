/**
 * The strategy of generate-strategy.mjs written as YAML, with a JSON schema that checks what a
 * schema can check (types, required keys, enums, periods), for comparing Strat's language server
 * with yaml-language-server on the same content. One deliberate schema violation (an unknown
 * perspective) makes the YAML server publish a finding, so a run can tell that the schema applied.
 */

/** The same units as `generateStrategy(lines)` wrote into `stratText`, as YAML. */
export function strategyAsYaml(stratText) {
    const units = (stratText.match(/^strategy /gm) ?? []).length;
    const out = ['- ambition: Big', '  title: "Be the best-run company in our field"', '  horizon: 2030', '  owner: Board'];
    for (let u = 0; u < units; u++) {
        out.push(`- strategy: S${u}`, `  title: "Strategy number ${u}"`, '  realizes: Big',
            `  perspective: ${u === 0 ? 'sideways' : ['financial', 'customer', 'internal', 'learning'][u % 4]}`);
        for (let k = 0; k < 3; k++) {
            out.push(`- kpi: K${u}_${k}`, `  title: "Measure ${k} of strategy ${u}"`, `  monitors: [S${u}]`, '  unit: "%"',
                `  target: { direction: "${k === 2 ? '<=' : '>='}", value: ${k === 2 ? 5 : 90} }`, `  alert: ${k === 2 ? 10 : 70}`, '  every: month', `  owner: "Team ${u % 50}"`, '  actuals:');
            for (let m = 1; m <= 12; m++) {
                out.push(`    - { period: "2026-${String(m).padStart(2, '0')}", value: ${k === 2 ? 12 - (m % 5) : 60 + ((u + m) % 40)} }`);
            }
        }
        out.push(`- okr: O${u}`, '  objective: "Win back the trust of our customers"', '  cycle: 2026-Q3', `  addresses: [K${u}_0, K${u}_2]`, `  owner: "Team ${u % 50}"`, '  keyResults:',
            `    - name: R${u}_a`, '      title: "Raise satisfaction from 60% to 90%"', `      measures: K${u}_0`, '      from: 60', '      to: 90',
            '      checkins:', '        - { period: "2026-07-15", value: 65, confidence: 60 }', '        - { period: "2026-08-15", value: 70 }',
            `    - name: R${u}_b`, '      title: "Cut complaints from 12 to 5"', '      from: 12', '      to: 5', '      current: 9', '      confidence: 50',
            '  plan:', '    - { initiative: "Fix the top ten irritants", owner: Ops, due: "2026-08-31", done: true }',
            '    - { initiative: "Call back every complaint", owner: Care, due: "2026-09-15" }');
    }
    return out.join('\n') + '\n';
}

const period = { type: 'string', pattern: '^\\d{4}(-(H[12]|Q[1-4]|W\\d{2}|\\d{2}(-\\d{2})?))?$' };
const periodOrYear = { oneOf: [period, { type: 'integer' }] };
const name = { type: 'string', pattern: '^[_a-zA-Z]\\w*$' };
const names = { type: 'array', items: name };
const owned = { owner: { type: 'string' }, description: { type: 'string' }, title: { type: 'string' } };

export const STRATEGY_YAML_SCHEMA = {
    $schema: 'http://json-schema.org/draft-07/schema#',
    type: 'array',
    items: {
        oneOf: [
            { type: 'object', additionalProperties: false, required: ['ambition', 'title'], properties: { ambition: name, horizon: periodOrYear, ...owned } },
            { type: 'object', additionalProperties: false, required: ['strategy', 'title'], properties: { strategy: name, realizes: name, perspective: { enum: ['financial', 'customer', 'internal', 'learning'] }, ...owned } },
            {
                type: 'object', additionalProperties: false, required: ['kpi', 'title'], properties: {
                    kpi: name, monitors: names, unit: { type: 'string' },
                    target: { type: 'object', additionalProperties: false, required: ['direction', 'value'], properties: { direction: { enum: ['>=', '<='] }, value: { type: 'number' } } },
                    alert: { type: 'number' }, every: { enum: ['day', 'week', 'month', 'quarter', 'year'] }, rewarded: { type: 'boolean' }, confidential: { type: 'boolean' }, baseline: { type: 'number' },
                    actuals: { type: 'array', items: { type: 'object', additionalProperties: false, required: ['period', 'value'], properties: { period: periodOrYear, value: { type: 'number' } } } },
                    ...owned
                }
            },
            {
                type: 'object', additionalProperties: false, required: ['okr', 'objective'], properties: {
                    okr: name, objective: { type: 'string' }, cycle: periodOrYear, addresses: names, supports: name,
                    commitment: { enum: ['committed', 'aspirational'] }, status: { enum: ['draft', 'active', 'closed'] }, confidential: { type: 'boolean' },
                    keyResults: {
                        type: 'array', minItems: 2, maxItems: 5, items: {
                            type: 'object', additionalProperties: false, required: ['title'], properties: {
                                name, title: { type: 'string' }, measures: name, from: { type: 'number' }, to: { type: 'number' }, target: { type: 'number' }, current: { type: 'number' },
                                confidence: { type: 'number', minimum: 0, maximum: 100 }, weight: { type: 'number' }, unit: { type: 'string' }, owner: { type: 'string' }, description: { type: 'string' },
                                checkins: { type: 'array', items: { type: 'object', additionalProperties: false, required: ['period', 'value'], properties: { period: periodOrYear, value: { type: 'number' }, confidence: { type: 'number', minimum: 0, maximum: 100 } } } }
                            }
                        }
                    },
                    plan: { type: 'array', items: { type: 'object', additionalProperties: false, required: ['initiative'], properties: { initiative: { type: 'string' }, owner: { type: 'string' }, due: periodOrYear, done: { type: 'boolean' } } } },
                    owner: { type: 'string' }, description: { type: 'string' }
                }
            }
        ]
    }
};
