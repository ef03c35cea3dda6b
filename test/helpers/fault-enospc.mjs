/**
 * Preload for fault tests: a full disk. `node --import ./test/helpers/fault-enospc.mjs bin/kvs.js …`
 * lets KVS_FAULT_WRITES writes succeed (default 0), then every write fails with
 * ENOSPC after putting half of its bytes on the disk, as a real full disk does.
 * Only writes to files whose path contains KVS_FAULT_PATH count (default: all
 * files; the terminal and pipes never). The patch reaches the tool's ESM named
 * imports through module.syncBuiltinESMExports().
 */
import { Buffer } from 'node:buffer';
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';

const allowed = Number(process.env.KVS_FAULT_WRITES ?? '0');
const only = process.env.KVS_FAULT_PATH ?? '';
let writes = 0;
/** Which file each descriptor we saw opened belongs to. */
const opened = new Map();
let inside = false;

const original = {
  openSync: fs.openSync,
  closeSync: fs.closeSync,
  writeSync: fs.writeSync,
  writeFileSync: fs.writeFileSync,
  promisesWriteFile: fs.promises.writeFile,
};

const watched = (path) => typeof path === 'string' && path.includes(only);

function diskFull(path) {
  return Object.assign(new Error(`ENOSPC: no space left on device, write '${path}'`), { code: 'ENOSPC', errno: -28, syscall: 'write', path });
}

/** Counts one write to `path`; true when it must fail. */
function fails(path) {
  if (!watched(path)) return false;
  if (writes >= allowed) return true;
  writes++;
  return false;
}

fs.openSync = function openSync(path, ...rest) {
  const fd = original.openSync(path, ...rest);
  opened.set(fd, String(path));
  return fd;
};
fs.closeSync = function closeSync(fd) {
  opened.delete(fd);
  return original.closeSync(fd);
};
fs.writeSync = function writeSync(fd, data, ...rest) {
  if (!inside && fails(opened.get(fd))) {
    if (ArrayBuffer.isView(data)) {
      const offset = typeof rest[0] === 'number' ? rest[0] : 0;
      const length = typeof rest[1] === 'number' ? rest[1] : data.byteLength - offset;
      original.writeSync(fd, data, offset, Math.floor(length / 2));
    }
    throw diskFull(opened.get(fd));
  }
  return original.writeSync(fd, data, ...rest);
};
fs.writeFileSync = function writeFileSync(file, data, ...rest) {
  const path = typeof file === 'number' ? opened.get(file) : String(file);
  if (!inside && fails(path)) {
    const bytes = typeof data === 'string' ? Buffer.from(data) : data;
    original.writeFileSync(file, bytes.subarray(0, Math.floor(bytes.byteLength / 2)), ...rest);
    throw diskFull(path);
  }
  // Node's writeFileSync may call writeSync: one write, counted once.
  inside = true;
  try {
    return original.writeFileSync(file, data, ...rest);
  } finally {
    inside = false;
  }
};
fs.promises.writeFile = async function writeFile(file, data, ...rest) {
  const path = typeof file === 'string' ? file : String(file);
  if (fails(path)) throw diskFull(path);
  return original.promisesWriteFile(file, data, ...rest);
};

syncBuiltinESMExports();
