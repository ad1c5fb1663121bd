/**
 * Signs that PDF text layers print as other glyphs, as they arrive in text converted from
 * published articles (statcheck's hand-extracted results show each of these): `=` as `p`
 * (`F(1, 86) p 10.33, p p .01`) or as `<bc>`, `<` as `!` or `b` (`p ! .01`, `pb.001`), `>`
 * as `N` (`psN.28`), the minus as `?` or a control character (`z = ?3.16`, `t(67) p \u00013.03`),
 * and χ² as `?2` or `B2` (`?2(19, N = 488)`). Each is repaired only where nothing but a
 * statistic can stand: after a statistic's name or degrees of freedom and before a number.
 *
 * The repaired text keeps its length (a sign replaced by a sign, `<bc>` by `=` and spaces),
 * so every offset in it is an offset in the text as extracted.
 */

/** A number as it follows a sign: digits or a decimal point and digits. */
const NUMBER_AHEAD = String.raw`(?=\s{0,2}[-\u0001-\u0008?]?\s?(?:\d|[.,]\d))`;

interface Repair {
  re: RegExp;
  fix: (m: RegExpExecArray) => string;
}

const same = (from: string, to: string) => (m: RegExpExecArray) => m[0].replace(from, to);

const REPAIRS: Repair[] = [
  // `<bc>` printed for `=` (an unmapped glyph written out by the converter).
  { re: /<bc>/g, fix: () => '=   ' },
  // `=` as `p` after a statistic's parenthesis, a sample size or a coefficient: `F(1, 86) p 10.33`,
  // `N p 3,479`, `b p .87`, and after p itself: `p p .05`.
  {
    re: new RegExp(String.raw`(?:\)|(?<![\p{L}\p{N}])(?:[pbNtzFr]|x2|B2))\s+p(?=\s)${NUMBER_AHEAD}`, 'gu'),
    fix: (m) => `${m[0].slice(0, -1)}=`,
  },
  // `<` as `!`: `p ! .01`.
  { re: new RegExp(String.raw`(?<![\p{L}\p{N}])ps?\s*!${NUMBER_AHEAD}`, 'gu'), fix: same('!', '<') },
  // `<` as `b` and `>` as `N`, glued to p (or ps) or to a statistic's parenthesis: `pb.001`, `psN.28`, `Fs(1, 248)b1.16`.
  {
    re: /(?:(?<![\p{L}\p{N}])ps?|\((?:\d+(?:\.\d+)?\s*,\s*)?\d+(?:\.\d+)?\))[bN](?=\.?\d)/gu,
    fix: (m) => m[0].slice(0, -1) + (m[0].endsWith('b') ? '<' : '>'),
  },
  // χ² as `?2`, `??2` or `B2` before its parenthesis with a sample size: `?2(19, N = 488)`, `B2(1, N = 226)`.
  { re: /(?<![\p{L}\p{N}?])\?{1,2}2(?=\s?\()/gu, fix: (m) => `${' '.repeat(m[0].length - 2)}χ2` },
  { re: /(?<![\p{L}\p{N}])B2(?=\s?\(\s*\d+\s*,\s*N\s*=)/gu, fix: () => 'χ2' },
  // The minus as `?` or a control character glued to the number after a sign: `z = ?3.16`,
  // `t(67) = \u00013.03`. One followed by a space (`p =\u0001 .182`) is left over from layout,
  // and Source reads it as a space.
  {
    re: /(?<=[=<>≤≥]\s{0,3})[?\u0001-\u0008](?=\d|\.\d)/gu,
    fix: () => '-',
  },
  // A decimal point parted from its digits: `p < . 001`.
  { re: /(?<=[=<>]\s?)\. (?=\d)/g, fix: () => ' .' },
];

/** Quick test before any regex runs: none of these glyphs, nothing to repair. */
const SUSPECT = /<bc>|\sp\s|[!?\u0001-\u0008]|(?:p|ps|\))[bN]|B2|\. \d/;

export function repairPdfGlyphs(text: string): string {
  if (!SUSPECT.test(text)) return text;
  let out = text;
  for (const { re, fix } of REPAIRS) {
    re.lastIndex = 0;
    let changed = '';
    let from = 0;
    for (let m = re.exec(out); m; m = re.exec(out)) {
      const to = fix(m);
      changed += out.slice(from, m.index) + to;
      from = m.index + m[0].length;
      if (m[0].length === 0) re.lastIndex++;
    }
    if (from > 0) out = changed + out.slice(from);
  }
  return out;
}
