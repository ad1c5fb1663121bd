/**
 * The input formats `data.file` may be, chosen by the file's content (its first bytes),
 * not by its name: an Excel file saved as .csv, or a .sav renamed .dat, is still read
 * right. A file that is none of them gets a message naming what it looks like.
 */
import { NaskahError } from '../../errors.ts';
import { csvFormat } from './csv.ts';
import { dtaFormat } from './dta.ts';
import { savFormat } from './sav.ts';
import { xlsxFormat } from './xlsx.ts';
import type { InputFormat, RawTable, ReadOptions } from './types.ts';

export type { FormatId, InputFormat, RawColumn, RawTable, RawValues, ReadOptions } from './types.ts';

/** In the order they are tried; CSV (any text) last. */
export const INPUT_FORMATS: readonly InputFormat[] = [savFormat, xlsxFormat, dtaFormat, csvFormat];

/** The format of these bytes, or a NaskahError saying what the file looks like instead. */
export function detectFormat(bytes: Uint8Array, file: string): InputFormat {
  const binary = INPUT_FORMATS.find((f) => f.id !== 'csv' && f.sniff(bytes));
  if (binary) return binary;
  const looks = describeBytes(bytes);
  // Text is CSV unless it starts like a document of another kind (a PDF is mostly text).
  if (!looks.known && csvFormat.sniff(bytes)) return csvFormat;
  throw new NaskahError('data/unknown-format', `${file} is not a data file naskah reads: it looks like ${looks.what}`, {
    location: { file },
    hint: looks.hint ?? 'Give data.file a CSV, SPSS (.sav), Excel (.xlsx) or Stata (.dta) file.',
  });
}

/** Reads a data file of any supported format into a table. */
export function readTable(bytes: Uint8Array, options: ReadOptions): RawTable {
  return detectFormat(bytes, options.file).read(bytes, options);
}

const ascii = (bytes: Uint8Array, from: number, to: number) =>
  String.fromCharCode(...bytes.subarray(from, Math.min(to, bytes.length)));

function contains(bytes: Uint8Array, needle: string, utf16 = false): boolean {
  const pattern = utf16
    ? [...needle].flatMap((ch) => [ch.charCodeAt(0), 0])
    : [...needle].map((ch) => ch.charCodeAt(0));
  const first = pattern[0]!;
  for (let i = bytes.indexOf(first); i >= 0 && i + pattern.length <= bytes.length; i = bytes.indexOf(first, i + 1)) {
    let k = 1;
    while (k < pattern.length && bytes[i + k] === pattern[k]) k++;
    if (k === pattern.length) return true;
  }
  return false;
}

/** A plain description of a file naskah cannot read, from its signature. */
export function describeBytes(bytes: Uint8Array): { what: string; hint?: string; known: boolean } {
  const d = describeSignature(bytes);
  return d
    ? { ...d, known: true }
    : { what: 'a binary file of a kind naskah does not know', hint: SAVE_AS, known: false };
}

const SAVE_AS = 'Open it in its program and save the data as .xlsx, .sav, .dta or CSV.';

function describeSignature(bytes: Uint8Array): { what: string; hint?: string } | undefined {
  const head = ascii(bytes, 0, 8);
  const saveAs = SAVE_AS;
  if (bytes.length === 0) return { what: 'an empty file (0 bytes)', hint: 'Copy the data file again.' };
  if (head.startsWith('%PDF'))
    return {
      what: 'a PDF document',
      hint: 'A PDF holds no data table: export the data from the program that made it.',
    };
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) {
    if (contains(bytes, 'EncryptionInfo', true) || contains(bytes, 'EncryptedPackage', true)) {
      return {
        what: 'a password-protected (encrypted) Excel workbook',
        hint: 'Open it in Excel, remove the password (File > Info > Protect Workbook > Encrypt with Password, clear the box), save, and build again.',
      };
    }
    if (contains(bytes, 'Workbook', true) || contains(bytes, 'Book', true)) {
      return {
        what: 'an Excel 97–2003 workbook (.xls)',
        hint: 'Open it in Excel and save it as an Excel Workbook (.xlsx).',
      };
    }
    return { what: 'an Office 97–2003 document (not a spreadsheet naskah reads)', hint: saveAs };
  }
  if (head.startsWith('PK')) {
    if (contains(bytes, 'opendocument.spreadsheet'))
      return {
        what: 'an OpenDocument spreadsheet (.ods)',
        hint: 'Save it as .xlsx (File > Save As > Excel 2007-365).',
      };
    if (contains(bytes, 'word/')) return { what: 'a Word document (.docx)', hint: saveAs };
    if (contains(bytes, 'ppt/')) return { what: 'a PowerPoint presentation (.pptx)', hint: saveAs };
    return {
      what: 'a zip archive that is not an Excel workbook',
      hint: 'Unpack it and give data.file the data file inside.',
    };
  }
  if (bytes[0] === 0x1f && bytes[1] === 0x8b)
    return { what: 'a gzip-compressed file', hint: 'Unpack it (gunzip) and give data.file the file inside.' };
  if (head.startsWith('RDX') || head.startsWith('RDA'))
    return {
      what: 'an R data file (.RData)',
      hint: 'In R, write the data frame with haven::write_sav(), haven::write_dta() or write.csv().',
    };
  if (head.startsWith('PAR1')) return { what: 'a Parquet file', hint: saveAs };
  if (contains(bytes.subarray(0, 512), 'SPSS PORT FILE'))
    return { what: 'an SPSS portable file (.por)', hint: 'Open it in SPSS or PSPP and save it as a .sav file.' };
  if (bytes[0] === 0x89 && head.slice(1, 4) === 'PNG') return { what: 'a PNG image', hint: saveAs };
  if (bytes[0] === 0xff && bytes[1] === 0xd8) return { what: 'a JPEG image', hint: saveAs };
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { what: 'UTF-16 text', hint: 'Save the CSV as UTF-8 (Excel: File > Save As > CSV UTF-8).' };
  }
  return undefined;
}
