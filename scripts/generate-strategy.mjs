/**
 * Generates a large, realistic .strat workspace text of about `lines` lines: units of one
 * strategy, three KPIs with a year of actuals, and one OKR with key results, check-ins and a
 * plan. Every name is unique, so the file is valid and exercises every rule.
 */
export function generateStrategy(lines) {
    const out = ['ambition Big "Be the best-run company in our field" {', '    horizon 2030', '    owner "Board"', '}', ''];
    let unit = 0;
    while (out.length < lines) {
        const u = unit++;
        out.push(
            `strategy S${u} "Strategy number ${u}" {`, '    realizes Big', `    perspective ${['financial', 'customer', 'internal', 'learning'][u % 4]}`, '}', '');
        for (let k = 0; k < 3; k++) {
            out.push(`kpi K${u}_${k} "Measure ${k} of strategy ${u}" {`, `    monitors S${u}`, '    unit "%"',
                `    target ${k === 2 ? '<=' : '>='} ${k === 2 ? 5 : 90}`, `    alert ${k === 2 ? 10 : 70}`, '    every month', `    owner "Team ${u % 50}"`);
            for (let m = 1; m <= 12; m++) {
                out.push(`    actual 2026-${String(m).padStart(2, '0')} ${k === 2 ? 12 - (m % 5) : 60 + ((u + m) % 40)}`);
            }
            out.push('}', '');
        }
        out.push(`okr O${u} "Win back the trust of our customers" {`, '    cycle 2026-Q3', `    addresses K${u}_0, K${u}_2`, `    owner "Team ${u % 50}"`,
            `    key result R${u}_a "Raise satisfaction from 60% to 90%" {`, `        measures K${u}_0`, '        from 60 to 90', '        checkin 2026-07-15 65 confidence 60%', '        checkin 2026-08-15 70', '    }',
            `    key result R${u}_b "Cut complaints from 12 to 5" {`, '        from 12 to 5', '        current 9', '        confidence 50%', '    }',
            '    plan {', '        initiative "Fix the top ten irritants" owner "Ops" due 2026-08-31 done', '        initiative "Call back every complaint" owner "Care" due 2026-09-15', '    }', '}', '');
    }
    return out.join('\n') + '\n';
}
