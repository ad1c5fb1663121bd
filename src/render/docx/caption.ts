/**
 * The number of a table or figure caption as Word writes one with Insert Caption: the word
 * ("Tabel", "Figure") as text and the number as a SEQ field, so that Word renumbers the
 * captions when a table is moved or added by hand. The field carries naskah's number as its
 * cached result, so a reader that does not update fields (LibreOffice's converter, mammoth,
 * `naskah check`) shows the number the HTML shows.
 *
 * Chapter numbering ("Tabel 4.1"): the chapter part is text and the field restarts after
 * every Heading 1 (`\s 1`), the skripsi's chapters. The cross-references in the text stay text.
 */
import { BuilderElement, Run, TextRun, XmlComponent } from 'docx';

/** A field's code (`w:instrText`). */
class FieldCode extends XmlComponent {
  constructor(code: string) {
    super('w:instrText');
    this.root.push(code);
  }
}

const fieldChar = (type: 'begin' | 'separate' | 'end') =>
  new BuilderElement({ name: 'w:fldChar', attributes: { type: { key: 'w:fldCharType', value: type } } });

/**
 * `label`: the tree's label ("Tabel 4.1"); `number`: its number ("4.1"). The runs give the
 * same text as the label.
 */
export function captionNumber(label: string, number: string, run: { bold?: boolean } = {}): Run[] {
  const word = label.endsWith(number) ? label.slice(0, label.length - number.length).trim() : '';
  const m = /^(?:(.*)\.)?(\d+)$/.exec(number);
  // A label the field cannot stand for (no single-word name, a number that is not n or c.n) stays text.
  if (!word || /\s/.test(word) || !m) return [new TextRun({ text: label, ...run })];
  const [, chapter, seq] = m;
  const code = `SEQ ${word} \\* ARABIC${chapter !== undefined ? ' \\s 1' : ''}`;
  return [
    new TextRun({ text: `${word} ${chapter !== undefined ? `${chapter}.` : ''}`, ...run }),
    new Run({ ...run, children: [fieldChar('begin')] }),
    new Run({ ...run, children: [new FieldCode(code)] }),
    new Run({ ...run, children: [fieldChar('separate')] }),
    new TextRun({ text: seq!, ...run }),
    new Run({ ...run, children: [fieldChar('end')] }),
  ];
}

/** A thesis caption on one line: the number in bold, then the title ("**Tabel 4.1** Karakteristik partisipan"). */
export function captionLine(label: string, number: string, caption: string): Run[] {
  return [...captionNumber(label, number, { bold: true }), new TextRun(` ${caption}`)];
}
