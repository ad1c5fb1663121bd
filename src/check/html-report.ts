/**
 * The reviewer's page of `naskah check --format html`: one self-contained HTML file (no
 * scripts, no external resources) with the summary on top, a linked list of the findings
 * to look at, and the checked text with every finding marked in place; each mark is
 * followed, at the end of its line, by a card with the verdict, what was reported, what
 * was recomputed and why. Built in one pass over the text, so its size grows linearly.
 */
import type { CheckReport, Finding, Verdict } from './types.ts';
import type { Messages } from './messages.ts';

const ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
function esc(s: string): string {
  return s.replace(/[&<>"]/g, (c) => ESC[c]!);
}

/** Which verdict colours a stretch of text that several findings cover. */
const SEVERITY: Record<Verdict, number> = {
  'decision-error': 4,
  inconsistent: 3,
  'reporting-issue': 2,
  'not-checkable': 1,
  consistent: 0,
};

const STYLE = `
body { font: 15px/1.5 system-ui, sans-serif; margin: 0; color: #1d1d1f; }
header { background: #f5f5f7; padding: 1em 2em; border-bottom: 1px solid #ccc; }
h1 { font-size: 1.3em; margin: 0 0 .4em; }
h2 { font-size: 1.1em; }
.counts span { display: inline-block; margin-right: .6em; padding: .1em .5em; border-radius: 4px; }
ol.flagged a { color: inherit; }
main { padding: 1em 2em; }
.text { white-space: pre-wrap; font: 14px/1.6 ui-monospace, monospace; }
mark { padding: 0 1px; border-radius: 2px; }
.v-consistent { background: #d8f5d8; }
.v-not-checkable { background: #e6e6e6; }
.v-reporting-issue { background: #fff0b3; }
.v-inconsistent { background: #ffc9c9; }
.v-decision-error { background: #ff9a9a; }
.card { white-space: normal; font: 13px/1.4 system-ui, sans-serif; margin: .3em 0 .6em 1.5em; padding: .4em .7em; border-left: 4px solid #999; background: #fafafa; }
.card.v-inconsistent, .card.v-decision-error { border-color: #d00; }
.card.v-reporting-issue { border-color: #c90; }
.card.v-consistent { border-color: #2a2; }
.card b { text-transform: uppercase; font-size: .85em; }
:target { outline: 3px solid #06c; }
.text span[id] { scroll-margin-top: 4em; }
:target + mark { outline: 3px solid #06c; }
`;

function card(f: Finding, i: number, m: Messages): string {
  const rec = f.recomputed !== m.noneRecomputed ? `<div>${esc(m.recomputedLabel)}: ${esc(f.recomputed)}</div>` : '';
  return (
    `<div class="card v-${f.verdict}" id="c${i}"><b>${esc(m.checkName(f.check))} · ${esc(m.verdict(f.verdict))}</b>` +
    `<div>${esc(m.reportedLabel)}: ${esc(f.reported)}</div>${rec}<div>${esc(m.htmlWhy)}: ${esc(f.explanation)}</div></div>`
  );
}

export function formatHtmlReport(report: CheckReport, text: string, m: Messages): string {
  const findings = report.findings;
  // Every place where a highlight starts or ends, and which findings end on each line.
  const opens = new Map<number, number[]>();
  const closes = new Map<number, number[]>();
  const cardsAt = new Map<number, number[]>();
  const n = text.length;
  findings.forEach((f, i) => {
    const s = Math.min(Math.max(0, f.start), n);
    const e = Math.min(Math.max(s, f.end), n);
    (opens.get(s) ?? opens.set(s, []).get(s)!).push(i);
    (closes.get(e) ?? closes.set(e, []).get(e)!).push(i);
    let eol = text.indexOf('\n', e);
    if (eol < 0) eol = n;
    (cardsAt.get(eol) ?? cardsAt.set(eol, []).get(eol)!).push(i);
  });
  const cuts = [...new Set([0, n, ...opens.keys(), ...closes.keys(), ...cardsAt.keys()])].sort((a, b) => a - b);
  const active = new Set<number>();
  const parts: string[] = [];
  for (let k = 0; k < cuts.length; k++) {
    const at = cuts[k]!;
    for (const i of closes.get(at) ?? []) active.delete(i);
    for (const i of cardsAt.get(at) ?? []) parts.push(card(findings[i]!, i, m));
    for (const i of opens.get(at) ?? []) {
      active.add(i);
      parts.push(`<span id="f${i}"></span>`);
    }
    const next = cuts[k + 1];
    if (next === undefined) break;
    const chunk = esc(text.slice(at, next));
    if (active.size === 0) parts.push(chunk);
    else {
      let worst: Verdict = 'consistent';
      for (const i of active) if (SEVERITY[findings[i]!.verdict] > SEVERITY[worst]) worst = findings[i]!.verdict;
      parts.push(`<mark class="v-${worst}">${chunk}</mark>`);
    }
  }
  const s = report.summary;
  const counts: [Verdict, number][] = [
    ['inconsistent', s.inconsistent],
    ['decision-error', s.decisionError],
    ['reporting-issue', s.reportingIssue],
    ['not-checkable', s.notCheckable],
    ['consistent', s.consistent],
  ];
  const flagged = findings
    .map((f, i) => ({ f, i }))
    .filter(({ f }) => f.verdict !== 'consistent')
    .map(
      ({ f, i }) =>
        `<li class="v-${f.verdict}"><a href="#f${i}">${esc(m.where(f.line, f.page))} · ${esc(m.checkName(f.check))} · ${esc(m.verdict(f.verdict))}</a>: ${esc(f.reported)}</li>`,
    );
  return `<!doctype html>
<html lang="${report.lang}"><head><meta charset="utf-8"><title>${esc(m.htmlTitle(report.file))}</title>
<style>${STYLE}</style></head>
<body><header>
<h1>${esc(m.header(report.file, report.alpha))}</h1>
<p class="counts">${counts.map(([v, c]) => `<span class="v-${v}">${esc(m.verdict(v))}: ${c}</span>`).join('')}</p>
<p>${esc(m.summary(s))}</p>
${findings.length === 0 ? `<p>${esc(m.nothingFound)}</p>` : ''}${flagged.length ? `<h2>${esc(m.htmlFlagged)}</h2>\n<ol class="flagged">\n${flagged.join('\n')}\n</ol>` : ''}
<p>${esc(m.htmlConsistentHidden(s.consistent))}</p>
</header>
<main><h2>${esc(m.htmlTextHeading)}</h2>
<div class="text">${parts.join('')}</div></main>
</body></html>
`;
}
