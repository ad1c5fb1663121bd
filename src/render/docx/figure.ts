/**
 * A chart's SVG → a Word picture: the SVG itself (Word 2016 and later, LibreOffice) with a
 * PNG drawn from it by resvg as the fallback older Word shows. No browser: resvg draws the
 * SVG with the system's fonts (the chart's serif text: Liberation Serif or DejaVu Serif).
 */
import { ImageRun } from 'docx';

/** The PNG is drawn at this multiple of the chart's size: sharp in print at the size it is set. */
const PNG_SCALE = 3;

export interface Picture {
  svg: Uint8Array;
  png: Uint8Array;
  /** Size on the page in pixels (96 per inch). */
  width: number;
  height: number;
}

let resvg: Promise<typeof import('@resvg/resvg-js')> | undefined;

/** `textWidth`: the page's text width in pixels; a wider chart is scaled down to it. */
export async function drawPicture(svg: string, textWidth: number): Promise<Picture> {
  const { Resvg } = await (resvg ??= import('@resvg/resvg-js'));
  const png = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: PNG_SCALE },
    background: 'white',
    font: { loadSystemFonts: true, defaultFontFamily: 'Liberation Serif' },
  })
    .render()
    .asPng();
  const w = Number(/<svg[^>]*\swidth="([\d.]+)"/.exec(svg)?.[1] ?? 0);
  const h = Number(/<svg[^>]*\sheight="([\d.]+)"/.exec(svg)?.[1] ?? 0);
  const width = w > 0 ? w : 480;
  const height = h > 0 ? h : 320;
  const scale = Math.min(1, textWidth / width);
  return {
    svg: new Uint8Array(Buffer.from(svg, 'utf8')),
    png: new Uint8Array(png),
    width: Math.round(width * scale),
    height: Math.round(height * scale),
  };
}

export function pictureRun(p: Picture, alt: { name: string; description: string }): ImageRun {
  return new ImageRun({
    type: 'svg',
    data: p.svg,
    fallback: { type: 'png', data: p.png },
    transformation: { width: p.width, height: p.height },
    altText: { name: alt.name, title: alt.name, description: alt.description },
  });
}
