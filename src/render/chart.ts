/**
 * Vega-Lite specification → inline SVG, in Node without a browser (vega's headless
 * View with renderer "none" and its SVG string writer). The output is deterministic for
 * the same spec. Text in the chart (labels from study.yaml) is escaped by vega's writer.
 */
import { createHash } from 'node:crypto';
import type { TopLevelSpec } from 'vega-lite';
import { naskahCodeHash } from '../code-hash.ts';
import { cacheFolder, readCached, writeCached } from '../disk-cache.ts';
import { loadVega } from './vega.ts';

/** The look shared by every chart: serif text as in the manuscript, APA-like plain axes. */
const CHART_CONFIG = {
  font: 'Liberation Serif, DejaVu Serif, Times New Roman, serif',
  axis: {
    labelFontSize: 11,
    titleFontSize: 12,
    titleFontWeight: 'normal',
    grid: false,
    domainColor: '#000',
    tickColor: '#000',
    labelColor: '#000',
    titleColor: '#000',
  },
  legend: { labelFontSize: 11, titleFontSize: 11, titleFontWeight: 'normal', labelColor: '#000', titleColor: '#000' },
  view: { stroke: null },
  background: 'white',
};

/**
 * SVGs of recently drawn specs: the SVG is a function of the spec alone, and a rebuild
 * (watch mode, a batch, a data fix that leaves a chart unchanged) often draws the same
 * chart again. Bounded, oldest first out.
 */
const drawn = new Map<string, string>();
const DRAWN_MAX = 256;

/**
 * What vega drew is also kept on disk, so that a build whose charts did not change (a
 * `--force` rebuild, `naskah verify`, the same study built again in a new process) neither
 * loads vega and vega-lite nor draws: loading and drawing are most of the CPU time of a
 * one-study HTML build. An entry is keyed by the SHA-256 of the whole spec (data, look and
 * all) and of naskah's code fingerprint (src/code-hash.ts: naskah's sources and
 * package-lock.json, hence the exact versions of vega, vega-lite and everything they use),
 * so a changed chart, a changed naskah or an updated library gets a new entry and the
 * cache never goes stale; the SVG read back is byte for byte what drawing gives
 * (test/render/chart-disk-cache.test.ts). Files live in node_modules/.cache/naskah-charts, or in
 * the folder NASKAH_CHART_CACHE names; deleting it is always safe.
 */
const FORMAT = 1;
let folder: string | null | undefined;
const chartFolder = () =>
  folder === undefined ? (folder = cacheFolder('naskah-charts', 'NASKAH_CHART_CACHE', 'vega')) : folder;

/** The spec with naskah's chart look (the spec's own config wins). */
export function withConfig(spec: Record<string, unknown>): TopLevelSpec {
  return { ...spec, config: { ...CHART_CONFIG, ...(spec.config as object | undefined) } } as TopLevelSpec;
}

export async function chartToSvg(spec: Record<string, unknown>): Promise<string> {
  // The SVG is a function of the spec's JSON (everything below starts from it), so the
  // charts drawn in this process are looked up by that text alone: a batch draws the same
  // few charts for every copy of a study, and a hit needs no other copy of the spec.
  const json = JSON.stringify(spec);
  const hit = drawn.get(json);
  if (hit !== undefined) return hit;
  const full = withConfig(withoutLineSeparators(json));
  const key = JSON.stringify(full);
  const diskKey = createHash('sha256')
    .update(JSON.stringify([FORMAT, naskahCodeHash(), key]))
    .digest('hex');
  const stored = readCached(chartFolder(), diskKey);
  let raw: string;
  if (isEntry(stored)) raw = stored.svg;
  else {
    raw = await draw(full);
    writeCached(chartFolder(), diskKey, { svg: raw });
  }
  const svg = escapeAttributeMarkup(raw);
  if (drawn.size >= DRAWN_MAX) drawn.delete(drawn.keys().next().value!);
  drawn.set(json, svg);
  return svg;
}

/** A stored drawing (a damaged or foreign file is drawn again). */
function isEntry(x: unknown): x is { svg: string } {
  if (typeof x !== 'object' || x === null) return false;
  const svg: unknown = Reflect.get(x, 'svg');
  return typeof svg === 'string' && svg.startsWith('<svg') && svg.endsWith('</svg>');
}

/**
 * U+2028 and U+2029 end a line in Vega's expression parser, so a study label holding one
 * (pasted from Word) would break any expression it is quoted into: they become spaces.
 */
function withoutLineSeparators(json: string): Record<string, unknown> {
  return JSON.parse(json.replace(/[\u2028\u2029]/g, ' '));
}

/**
 * Vega writes a label into attributes (aria-label, aria-roledescription) with its `<` and
 * `>` as they are. Inert inside a quoted attribute, but a study's label must never look
 * like markup, an event handler or a URL anywhere in the page: in aria attributes `<`, `>`,
 * `=` and `:` are escaped as character references (the browser reads the same text).
 */
function escapeAttributeMarkup(svg: string): string {
  return svg.replace(
    /(\saria-[a-z]+)="([^"]*)"/g,
    (_all, name: string, value: string) =>
      `${name}="${value.replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/=/g, '&#61;').replace(/:/g, '&#58;')}"`,
  );
}

/**
 * Compiled and parsed charts by their shape: the spec with its inline data replaced by a
 * named data source. Compiling (vega-lite → vega) and parsing are most of a chart's time
 * and depend only on the shape, so a chart whose numbers changed (a rebuild after a data
 * fix) reuses them and only feeds the new values to a fresh view. The SVG is identical to
 * drawing the spec with its data inline (test/render/chart-cache.test.ts).
 */
const shapes = new Map<string, unknown>();
const SHAPES_MAX = 128;
const DATA = 'naskah_values';

async function draw(full: TopLevelSpec): Promise<string> {
  // Loaded on first use: vega is large and many commands never draw a chart.
  const { vega, compile } = await loadVega();
  const data = (full as { data?: Record<string, unknown> }).data;
  if (!data || !Array.isArray(data.values) || Object.keys(data).length !== 1)
    return drawInline(full as unknown as Record<string, unknown>);
  const named = { ...full, data: { name: DATA } } as TopLevelSpec;
  const shape = JSON.stringify(named);
  let runtime = shapes.get(shape);
  if (!runtime) {
    runtime = vega.parse(compile(named, { logger: vega.logger(vega.Error) }).spec);
    if (shapes.size >= SHAPES_MAX) shapes.delete(shapes.keys().next().value!);
    shapes.set(shape, runtime);
  }
  const view = new vega.View(runtime as ReturnType<typeof vega.parse>, { renderer: 'none', logLevel: vega.Error });
  try {
    view.data(DATA, structuredClone(data.values));
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

/**
 * Loads vega and vega-lite and draws a small chart past every cache, for a long-running
 * process (watch mode) whose builds hit the disk cache and so never load them: the first
 * chart that does change is then drawn by warm code.
 */
export async function warmUpCharts(): Promise<void> {
  await drawInline({
    data: {
      values: [
        { g: 'a', m: 1 },
        { g: 'b', m: 2 },
      ],
    },
    mark: 'bar',
    encoding: { x: { field: 'g', type: 'nominal' }, y: { field: 'm', type: 'quantitative' } },
  });
}

/** The plain way: compile and parse the spec with its data inline. */
export async function drawInline(spec: Record<string, unknown>): Promise<string> {
  const { vega, compile } = await loadVega();
  // Vega-Lite's compile-time warnings (about how it merges facet scales, say) are advice to
  // a chart's author, not to the user building a study: they stay out of the build output.
  const vgSpec = compile(withConfig(withoutLineSeparators(JSON.stringify(spec))), {
    logger: vega.logger(vega.Error),
  }).spec;
  const view = new vega.View(vega.parse(vgSpec), { renderer: 'none', logLevel: vega.Error });
  try {
    return escapeAttributeMarkup(await view.toSVG());
  } finally {
    view.finalize();
  }
}

const escapeXml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The SVG with a <title> (the caption) and a <desc> (the text alternative) as its first
 * children, named by aria-labelledby/aria-describedby, so a screen reader announces the
 * figure by what it shows rather than by vega's generic "visualization". `id` makes the
 * two element ids unique in the document.
 */
export function accessibleSvg(svg: string, id: string, title: string, desc: string): string {
  const open = /^<svg\b[^>]*>/.exec(svg);
  if (!open) return svg;
  const attrs = open[0]
    .slice(0, -1)
    .replace(/\s(?:role|aria-label|aria-roledescription|aria-labelledby|aria-describedby)="[^"]*"/g, '');
  const t = `${id}-title`;
  const d = `${id}-desc`;
  return `${attrs} role="img" aria-labelledby="${t}" aria-describedby="${d}"><title id="${t}">${escapeXml(title)}</title><desc id="${d}">${escapeXml(desc)}</desc>${svg.slice(open[0].length)}`;
}
