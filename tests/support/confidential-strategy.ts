/**
 * A large generated workspace for the leak tests of the public audience: `okrs` OKRs (1,000 by
 * default) on `okrs / 2.5` KPIs, a quarter of the KPIs confidential. Each OKR addresses one or two
 * KPIs at random and has two key results, the first measuring the first KPI it addresses — so
 * hundreds of key results of transparent OKRs measure confidential KPIs; one OKR in twenty is
 * itself confidential, one in ten closed, one in twenty supports the previous one. Confidential
 * figures are distinctive (`23,417.25`: five digits and a quarter), transparent ones small
 * integers, so a search for the first means something. Seeded, like scripts/generate-linked-strategy.mjs.
 */
export interface ConfidentialStrategy {
    text: string;
    confidentialKpis: number;
    measuredConfidential: number;
    confidentialOkrs: number;
}

export function generateConfidentialStrategy(okrs = 1000, seed = 7): ConfidentialStrategy {
    const random = () => {
        seed = (seed * 1103515245 + 12345) % 2147483648;
        return seed / 2147483648;
    };
    const pick = (n: number) => Math.floor(random() * n);
    let secret = 0;
    // Ascending distinctive figures: 20,001.25, 20,038.75, …
    const distinctive = () => `${20_001 + 37 * secret++}.${secret % 2 === 0 ? 25 : 75}`;
    const kpis = Math.round(okrs / 2.5);
    const strategies = Math.max(2, Math.round(kpis / 8));
    const confidential = (k: number) => k % 4 === 1;
    const lines = ['ambition A "Grow where our clients grow" { horizon 2030 owner "Board" }', ''];
    for (let s = 0; s < strategies; s++) {
        lines.push(`strategy S${s} "Strategy ${s}" { realizes A perspective ${['financial', 'customer', 'internal', 'learning'][s % 4]} owner "Team ${s % 20}" }`);
    }
    lines.push('');
    for (let k = 0; k < kpis; k++) {
        const head = `kpi K${k} "KPI ${k}" { monitors S${pick(strategies)} every month owner "Team ${k % 20}"`;
        if (confidential(k)) {
            // target above the alert above the baseline; the actuals around them, so every status occurs
            const [baseline, alert, target] = [distinctive(), distinctive(), distinctive()];
            const actuals = Array.from({ length: 2 + pick(4) }, (_, m) => `actual 2026-0${m + 3} ${distinctive()}`);
            lines.push(`${head} confidential ${k % 8 === 1 ? 'rewarded ' : ''}target >= ${target} alert ${alert} baseline ${baseline} ${actuals.join(' ')} }`);
        } else {
            const actuals = Array.from({ length: 1 + pick(4) }, (_, m) => `actual 2026-0${m + 4} ${pick(15)}`);
            lines.push(`${head} target >= 10 alert 5 ${actuals.join(' ')} }`);
        }
    }
    lines.push('');
    let confidentialOkrs = 0;
    let measuredConfidential = 0;
    for (let o = 0; o < okrs; o++) {
        const addressed = [...new Set([pick(kpis), ...(random() < 0.4 ? [pick(kpis)] : [])])];
        const first = addressed[0] ?? 0;
        const isConfidential = o % 20 === 7;
        if (isConfidential) confidentialOkrs++;
        const measured = confidential(first)
            ? `measures K${first} from ${distinctive()} to ${distinctive()} checkin 2026-07-20 ${distinctive()} confidence 60%`
            : `measures K${first} from 5 to 10 current ${pick(11)}`;
        if (confidential(first) && !isConfidential) measuredConfidential++;
        lines.push(`okr O${o} "Objective ${o}" { cycle 2026-Q3 addresses ${addressed.map(k => `K${k}`).join(', ')} owner "Team ${o % 40}"`
            + `${isConfidential ? ' confidential' : ''}${o % 10 === 3 ? ' status closed' : ''}${o % 20 === 11 ? ` supports O${o - 1}` : ''}`,
            `    key result R${o}a "Move KPI ${first} from where it is to where it should be" { ${measured} }`,
            `    key result R${o}b "Cut the backlog from 20 to 5" { from 20 to 5 current ${5 + pick(16)} confidence 50% }`,
            '    plan { initiative "Do the work" owner "Ops" due 2026-09-30 }',
            '}');
    }
    return { text: lines.join('\n') + '\n', confidentialKpis: Math.ceil((kpis - 1) / 4), measuredConfidential, confidentialOkrs };
}
