// Checks the installer configuration of every platform without building it:
// src-tauri/tauri.conf.json merged (JSON merge patch, as the Tauri CLI does)
// with tauri.windows.conf.json and tauri.macos.conf.json must validate
// against the Tauri CLI's own schema, name the installers we promise
// (deb; msi + nsis; app + dmg) and point at icon files of the right format.
// Run by scripts/test-installer.sh; exits 1 with one line per problem.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shell = join(root, 'src-tauri');
const require = createRequire(join(root, 'ui', 'package.json'));
const Ajv = require('ajv');
const schema = JSON.parse(readFileSync(require.resolve('@tauri-apps/cli/config.schema.json'), 'utf8'));

const problems = [];
const read = (name) => JSON.parse(readFileSync(join(shell, name), 'utf8'));

/** RFC 7396: objects merge key by key, null deletes, anything else replaces. */
function mergePatch(target, patch) {
  if (typeof patch !== 'object' || patch === null || Array.isArray(patch)) return patch;
  const out = typeof target === 'object' && target !== null && !Array.isArray(target) ? { ...target } : {};
  for (const [k, v] of Object.entries(patch)) {
    if (v === null) delete out[k];
    else out[k] = mergePatch(out[k], v);
  }
  return out;
}

const magic = {
  png: Buffer.from([0x89, 0x50, 0x4e, 0x47]),
  ico: Buffer.from([0x00, 0x00, 0x01, 0x00]),
  icns: Buffer.from('icns'),
};

const ajv = new Ajv({ allErrors: true, unknownFormats: 'ignore', logger: false });
const validate = ajv.compile(schema);
const base = read('tauri.conf.json');
const platforms = [
  { name: 'linux', file: null, targets: ['deb'], icon: 'png' },
  { name: 'windows', file: 'tauri.windows.conf.json', targets: ['msi', 'nsis'], icon: 'ico' },
  { name: 'macos', file: 'tauri.macos.conf.json', targets: ['app', 'dmg'], icon: 'icns' },
];
for (const p of platforms) {
  const conf = p.file ? mergePatch(base, read(p.file)) : base;
  const where = p.file ?? 'tauri.conf.json';
  if (!validate(conf)) {
    for (const e of validate.errors) problems.push(`${where}: ${e.dataPath || '/'} ${e.message}`);
  }
  const targets = conf.bundle?.targets ?? [];
  if (JSON.stringify([...targets].sort()) !== JSON.stringify([...p.targets].sort())) {
    problems.push(`${where}: bundle.targets is ${JSON.stringify(targets)}, expected ${JSON.stringify(p.targets)}`);
  }
  const icons = conf.bundle?.icon ?? [];
  if (!icons.some((i) => i.endsWith(`.${p.icon}`))) problems.push(`${where}: no .${p.icon} icon for ${p.name}`);
  for (const icon of icons) {
    const kind = icon.split('.').pop();
    let bytes;
    try {
      bytes = readFileSync(join(shell, icon));
    } catch {
      problems.push(`${where}: icon ${icon} does not exist`);
      continue;
    }
    if (!magic[kind] || !bytes.subarray(0, magic[kind].length).equals(magic[kind])) {
      problems.push(`${where}: icon ${icon} is not a ${kind} file`);
    }
  }
  for (const key of ['publisher', 'shortDescription', 'longDescription', 'category', 'copyright']) {
    if (!conf.bundle?.[key]) problems.push(`${where}: bundle.${key} is missing`);
  }
}

if (problems.length > 0) {
  for (const p of problems) console.error(`bundle config: ${p}`);
  process.exit(1);
}
console.log(`bundle config: ${platforms.map((p) => `${p.name} (${p.targets.join(', ')})`).join('; ')} valid`);
