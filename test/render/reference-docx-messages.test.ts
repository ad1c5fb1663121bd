/** Why a reference document cannot give its styles (src/render/docx/messages.ts), word for word. */
import { describe, expect, it } from 'vitest';
import { referenceDocxMessages as M } from '../../src/render/docx/messages.ts';
import { readReferenceDocx } from '../../src/render/docx/reference.ts';

describe('reference document messages', () => {
  it('word each problem exactly', () => {
    expect(M.tooLarge(1100 * 1024 * 1024, 1024 * 1024 * 1024)).toBe(
      'would unpack to 1100 MB, more than the 1024 MB naskah unpacks from a .docx (a Word template is a few hundred KB)',
    );
    expect(M.damaged).toBe(
      'is damaged: a part of it does not unpack, or unpacks to more than its zip directory states',
    );
    expect(M.notZip).toBe('is not a Word document (.docx files are zip packages, and this is not one)');
    expect(M.noStyles).toBe('is a zip file but not a Word document: it has no word/styles.xml');
  });

  it('names a file that is not a zip package', () => {
    expect(readReferenceDocx(new TextEncoder().encode('not a zip at all'))).toEqual({ problem: M.notZip });
  });
});
