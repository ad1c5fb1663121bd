/** Reads the corpus files: YAML lists of {id, lang, text, note?, expect: ["check verdict [xN]"]}. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { CheckId, Lang, Verdict } from '../../src/check/types.ts';
import { VERDICTS } from '../../src/check/types.ts';
import { CHECKS } from '../../src/check/checks/index.ts';

export interface Expectation {
  check: CheckId;
  verdict: Verdict;
}

export interface Case {
  id: string;
  lang: Lang;
  text: string;
  expect: Expectation[];
  file: string;
}

const CHECK_IDS = new Set(CHECKS.map((c) => c.id));

/** `p-value consistent x2` → two expectations. */
function parseExpectation(s: string, where: string): Expectation[] {
  const m = /^([a-z-]+)\s+([a-z-]+)(?:\s+x(\d+))?$/.exec(s.trim());
  if (!m) throw new Error(`${where}: cannot read expectation "${s}" (write "check verdict" or "check verdict xN")`);
  const [, check, verdict, times] = m;
  if (!CHECK_IDS.has(check as CheckId)) throw new Error(`${where}: unknown check "${check}"`);
  if (!VERDICTS.includes(verdict as Verdict)) throw new Error(`${where}: unknown verdict "${verdict}"`);
  return Array.from({ length: times ? Number(times) : 1 }, () => ({
    check: check as CheckId,
    verdict: verdict as Verdict,
  }));
}

export function loadCorpus(dir = join(import.meta.dirname, 'corpus')): Case[] {
  const cases: Case[] = [];
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()) {
    const raw = parse(readFileSync(join(dir, file), 'utf8')) as {
      id: string;
      lang: Lang;
      text: string;
      expect: string[];
    }[];
    for (const c of raw) {
      const where = `${file} ${c.id}`;
      if (c.lang !== 'id' && c.lang !== 'en') throw new Error(`${where}: lang must be id or en`);
      cases.push({
        id: c.id,
        lang: c.lang,
        text: c.text,
        file,
        expect: (c.expect ?? []).flatMap((e) => parseExpectation(e, where)),
      });
    }
  }
  return cases;
}
