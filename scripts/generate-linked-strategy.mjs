/**
 * Generates a .strat workspace text whose links cross: `kpis` KPIs each monitoring one or two of
 * about kpis/7 strategies (realizing three ambitions), and `okrs` OKRs each addressing one to three
 * KPIs picked at random, with two key results (one measuring an addressed KPI). Seeded, so the
 * same arguments give the same text. For the render bench and the map-layout comparison, where
 * generate-strategy.mjs's tidy one-strategy-per-unit files would lay out without a single crossing.
 */
export function generateLinkedStrategy(kpis, okrs = Math.round(kpis * 0.4), seed = 11) {
    const random = () => {
        seed = (seed * 1103515245 + 12345) % 2147483648;
        return seed / 2147483648;
    };
    const pick = n => Math.floor(random() * n);
    const strategies = Math.max(2, Math.round(kpis / 7));
    const lines = [
        'ambition A0 "Grow where our clients grow" { horizon 2030 owner "Board" }',
        'ambition A1 "Be the most efficient in our field" { horizon 2030 owner "Board" }',
        'ambition A2 "Run on clean energy" { horizon 2035 owner "Board" }',
        ''
    ];
    const perspectives = ['financial', 'customer', 'internal', 'learning'];
    for (let s = 0; s < strategies; s++) {
        lines.push(`strategy S${s} "Strategy ${s}" { realizes A${pick(3)} perspective ${perspectives[s % 4]} owner "Team ${s % 20}" }`);
    }
    lines.push('');
    for (let k = 0; k < kpis; k++) {
        const monitored = new Set([pick(strategies), ...(random() < 0.3 ? [pick(strategies)] : [])]);
        const actuals = Array.from({ length: 1 + pick(6) }, (_, m) => `actual 2026-${String(m + 1).padStart(2, '0')} ${pick(15)}`).join(' ');
        lines.push(`kpi K${k} "KPI ${k}" { monitors ${[...monitored].map(s => `S${s}`).join(', ')} target >= 10 alert 5 every month owner "Team ${k % 20}" ${actuals} }`);
    }
    lines.push('');
    for (let o = 0; o < okrs; o++) {
        const addressed = [...new Set(Array.from({ length: 1 + pick(3) }, () => pick(kpis)))];
        lines.push(`okr O${o} "Objective ${o}" { cycle 2026-Q3 addresses ${addressed.map(k => `K${k}`).join(', ')} owner "Team ${o % 20}"`,
            `    key result "Raise KPI ${addressed[0]} from 5 to 10" { measures K${addressed[0]} from 5 to 10 }`,
            `    key result "Cut the backlog from 20 to 5" { from 20 to 5 current ${5 + pick(16)} confidence 60% }`,
            '    plan { initiative "Do the work" owner "Ops" due 2026-09-30 }',
            '}');
    }
    return lines.join('\n') + '\n';
}
