// Where LibreOffice's `soffice` is: SOFFICE_PATH, else Debian's places.
import { existsSync } from 'node:fs';

export function findSoffice() {
  const candidates = [
    process.env.SOFFICE_PATH,
    '/usr/bin/soffice',
    '/usr/bin/libreoffice',
    '/usr/lib/libreoffice/program/soffice',
  ];
  return candidates.find((p) => p && existsSync(p));
}
