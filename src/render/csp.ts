/**
 * The Content-Security-Policy of every page naskah writes: nothing external loads, no
 * script runs; inline styles and data: images and fonts only. Layouts (built-in or a
 * study's own) and the finished page share this one definition, so the policy is put in
 * once.
 */
export const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:";
export const CSP_META = `<meta http-equiv="Content-Security-Policy" content="${CSP}">`;

/** An element that loads or applies something: the policy must come before the first. */
const LOADING = /<(script|link|img|style|iframe|object|embed|base|meta\s+http-equiv="refresh")\b/i;

/**
 * Every page carries the policy before anything it could apply to: a layout that lacks it
 * (a study's own template) gets it as the first element of <head>, or of the page.
 */
export function withCsp(html: string): string {
  const at = html.indexOf(CSP_META);
  // The policy in place before anything loads: only the text before it needs searching (a
  // page is mostly inline SVG, and a built-in layout puts the policy near the top).
  if (at >= 0 && !LOADING.test(html.slice(0, at))) return html;
  const firstLoad = html.search(LOADING);
  const head = /<head\b[^>]*>/i.exec(html);
  if (head && (firstLoad < 0 || head.index + head[0].length <= firstLoad)) {
    const end = head.index + head[0].length;
    return `${html.slice(0, end)}\n${CSP_META}${html.slice(end)}`;
  }
  return `${CSP_META}\n${html}`;
}
