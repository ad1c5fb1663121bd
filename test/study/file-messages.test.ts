/**
 * The refusals of files a study names (src/study/messages.ts), word for word, and that
 * confineStudyFile gives them with their codes and hints for each kind of bad file.
 */
import { describe, expect, it } from 'vitest';
import { confineStudyFile, type FileFacts } from '../../src/study/files.ts';
import { fileMessages as M } from '../../src/study/messages.ts';

const MiB = 1024 * 1024;

describe('file refusal messages', () => {
  it('word each refusal exactly', () => {
    expect(M.empty('data.file')).toBe('data.file is empty');
    expect(M.outside('citationStyle', '../apa.csl')).toBe('citationStyle "../apa.csl" points outside the study folder');
    expect(M.linkOutside('referenceDocx', 'styles.docx', '/etc/passwd')).toBe(
      'referenceDocx "styles.docx" is a link to /etc/passwd, outside the study folder',
    );
    expect(M.folder('data.file', 'data/pss.csv')).toBe('data.file "data/pss.csv" is a folder, not a file');
    expect(M.folderHint('data/')).toBe('Name the file inside it, e.g. data/<name>.');
    expect(M.notRegular('the template file', 'templates/x/layout.hbs')).toBe(
      'the template file "templates/x/layout.hbs" is not a regular file (a device, pipe or socket)',
    );
    expect(M.tooLarge('data.file', 'data/pss.csv', 400 * MiB, 300 * MiB, 'data')).toBe(
      'data.file "data/pss.csv" is 400 MB, more than the 300 MB naskah reads for a data file',
    );
    expect(M.tooLarge('citationStyle', 'apa.csl', 3 * MiB, 2 * MiB, 'csl')).toBe(
      'citationStyle "apa.csl" is 3 MB, more than the 2 MB naskah reads for a citation style',
    );
    expect(M.tooLarge('referenceDocx', 'ref.docx', 60 * MiB, 50 * MiB, 'reference-docx')).toBe(
      'referenceDocx "ref.docx" is 60 MB, more than the 50 MB naskah reads for a reference document',
    );
  });

  it('are what confineStudyFile returns for each kind of bad file', () => {
    const facts: Record<string, FileFacts> = {
      '/s': { real: '/s', type: 'directory', size: 0 },
      '/s/link.csl': { real: '/etc/x.csl', type: 'file', size: 10 },
      '/s/styles': { real: '/s/styles', type: 'directory', size: 0 },
      '/s/fifo.docx': { real: '/s/fifo.docx', type: 'other', size: 0 },
      '/s/big.docx': { real: '/s/big.docx', type: 'file', size: 51 * MiB },
      '/s/ok.docx': { real: '/s/ok.docx', type: 'file', size: 51 },
    };
    const inspect = (p: string): FileFacts => facts[p] ?? { real: p, type: 'missing', size: 0 };
    const confine = (rel: string) => confineStudyFile('/s', rel, 'reference-docx', 'referenceDocx', inspect);
    expect(confine(' ')).toEqual({ code: 'study/invalid-value', message: M.empty('referenceDocx'), hint: M.emptyHint });
    expect(confine('../x.docx')).toEqual({
      code: 'study/path-outside',
      message: 'referenceDocx "../x.docx" points outside the study folder',
      hint: M.outsideHint,
    });
    expect(confine('link.csl')).toEqual({
      code: 'study/path-outside',
      message: 'referenceDocx "link.csl" is a link to /etc/x.csl, outside the study folder',
      hint: M.linkOutsideHint,
    });
    expect(confine('styles')).toEqual({
      code: 'study/not-a-file',
      message: 'referenceDocx "styles" is a folder, not a file',
      hint: 'Name the file inside it, e.g. styles/<name>.',
    });
    expect(confine('fifo.docx')).toEqual({
      code: 'study/not-a-file',
      message: 'referenceDocx "fifo.docx" is not a regular file (a device, pipe or socket)',
      hint: 'Name an ordinary file saved in the study folder.',
    });
    expect(confine('big.docx')).toEqual({
      code: 'study/file-too-large',
      message: 'referenceDocx "big.docx" is 51 MB, more than the 50 MB naskah reads for a reference document',
      hint: 'Check that this is the right file; the limits are listed in docs/limits.md.',
    });
    expect(confine('ok.docx')).toEqual({ path: '/s/ok.docx' });
  });
});
