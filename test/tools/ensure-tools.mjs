// Makes sure the programs the end-to-end tests drive are there: Chromium (the browser),
// LibreOffice (a real spreadsheet program that opens and re-saves our workbooks, issue 5) and the
// Liberation 2 fonts with Kazakh letters (the official forms' print views are compared with
// screenshots of the expected layout, so the serif they print in must be the same everywhere).
// Found → done; Debian as root → installs Debian's packages; otherwise stops with a clear message.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from './chromium.mjs';
import { findSoffice } from './soffice.mjs';

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const canInstall = isRoot && existsSync('/usr/bin/apt-get');
let updated = false;
const install = (packages) => {
  if (!updated) execSync('apt-get update -qq', { stdio: 'inherit' });
  updated = true;
  execSync(`DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends ${packages}`, { stdio: 'inherit' });
};

/** Liberation Serif with Kazakh letters (қ, U+049B): Liberation 2; the 1.x fonts Chromium pulls in lack them. */
const findFonts = () => {
  try {
    return execSync("fc-list ':charset=0x049B' family", { encoding: 'utf8' }).includes('Liberation Serif')
      ? 'Liberation Serif 2 (fonts-liberation2)'
      : undefined;
  } catch {
    return undefined;
  }
};

const tools = [
  {
    name: 'Chromium',
    find: findChromium,
    packages: 'chromium',
    hint: 'Install it (Debian: `apt-get install chromium`) or set CHROME_PATH to a Chrome/Chromium binary.',
  },
  {
    name: 'LibreOffice',
    find: findSoffice,
    packages: 'libreoffice-calc-nogui',
    hint: 'Install it (Debian: `apt-get install libreoffice-calc-nogui`) or set SOFFICE_PATH.',
  },
  {
    name: 'Fonts',
    find: findFonts,
    packages: 'fonts-liberation2 fontconfig',
    hint: 'Install the Liberation 2 fonts (Debian: `apt-get install fonts-liberation2`).',
  },
];
for (const tool of tools) {
  let found = tool.find();
  if (!found && canInstall) {
    console.log(`${tool.name} not found; installing Debian’s ${tool.packages}…`);
    install(tool.packages);
    found = tool.find();
  }
  if (!found) {
    console.error(`${tool.name} was not found. ${tool.hint}`);
    process.exit(1);
  }
  console.log(`${tool.name}: ${found}`);
}
