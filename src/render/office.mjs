// Where to find LibreOffice (soffice) for reading .docx files as a word processor does
// (tests convert naskah's Word output to PDF with `soffice --headless --convert-to pdf`).
// Shared by the set-up script (plain Node, before dependencies exist) and the tests.
import { existsSync } from 'node:fs';

export const OFFICE_CANDIDATES = [
  '/usr/bin/soffice',
  '/usr/lib/libreoffice/program/soffice',
  '/opt/libreoffice/program/soffice',
  '/usr/local/bin/soffice',
  '/snap/bin/libreoffice',
  '/Applications/LibreOffice.app/Contents/MacOS/soffice',
];

/** soffice to use: NASKAH_SOFFICE when set (and present), else the first system path found. */
export function findOffice(env = process.env) {
  const chosen = env.NASKAH_SOFFICE;
  if (chosen) return existsSync(chosen) ? chosen : null;
  return OFFICE_CANDIDATES.find((p) => existsSync(p)) ?? null;
}

/** The Debian packages that give a working headless `soffice --convert-to pdf` of a .docx, and nothing of the GUI. */
export const OFFICE_DEBIAN_PACKAGES = ['libreoffice-writer-nogui', 'fonts-liberation', 'fonts-dejavu-core'];

/** What to tell someone who has no LibreOffice, by operating system id from /etc/os-release. */
export function officeInstallAdvice(osId, env = process.env) {
  if (env.NASKAH_SOFFICE) {
    return `NASKAH_SOFFICE is set to ${env.NASKAH_SOFFICE}, but no file is there: point it at LibreOffice's soffice.`;
  }
  if (osId === 'debian' || osId === 'ubuntu') {
    return `Install it as root with \`apt-get update && apt-get install ${OFFICE_DEBIAN_PACKAGES[0]}\`, or set NASKAH_SOFFICE to soffice.`;
  }
  return 'Install LibreOffice and set NASKAH_SOFFICE to its soffice executable.';
}
