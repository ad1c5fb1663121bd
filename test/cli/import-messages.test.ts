/** The refusals of `naskah import` before it reads a data file (src/cli/messages.ts), word for word. */
import { describe, expect, it } from 'vitest';
import { importMessages as M } from '../../src/cli/messages.ts';
import { run } from '../helpers/io.ts';

describe('import messages', () => {
  it('word each refusal exactly', () => {
    expect(M.folder('data')).toBe('"data" is a folder, not a data file');
    expect(M.notRegular('/dev/zero')).toBe('"/dev/zero" is not a regular file (a device, pipe or socket)');
    expect(M.tooLarge('big.csv', 400 * 1024 * 1024, 300 * 1024 * 1024)).toBe(
      '"big.csv" is 400 MB, more than the 300 MB naskah reads for a data file',
    );
    expect(M.notRegularHint).toBe('Give the path of a CSV, .sav, .xlsx or .dta file saved on disk.');
  });

  it('refuses a device with that message', async () => {
    const r = await run(['import', '/dev/null', '/tmp/naskah-import-never-written'], { cwd: '/' });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`error[import/not-a-file]: ${M.notRegular('dev/null')}\n  ${M.notRegularHint}`);
  });
});
