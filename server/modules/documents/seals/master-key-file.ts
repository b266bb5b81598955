// Without SEAL_MASTER_KEY (demos, training), the seal master key lives in DATA_DIR/seal-master.key,
// created once with mode 0600. A real deployment sets SEAL_MASTER_KEY (kept apart from the data).
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { parseMasterKey } from './key-vault.ts';

export function masterKeyFromDataDir(dataDir: string): Buffer {
  const file = path.join(dataDir, 'seal-master.key');
  if (!fs.existsSync(file)) {
    fs.mkdirSync(dataDir, { recursive: true });
    fs.writeFileSync(file, `${randomBytes(32).toString('hex')}\n`, { mode: 0o600, flag: 'wx' });
  }
  const key = parseMasterKey(fs.readFileSync(file, 'utf8'));
  if (!key) throw new Error(`${file} does not hold a 32-byte key`);
  return key;
}
