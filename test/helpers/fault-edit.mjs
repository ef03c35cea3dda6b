/**
 * Preload for the lost-update test: an editor that saves while kvs works.
 * When kvs opens a temporary file in the folder of KVS_FAULT_EDIT_FILE (the
 * moment it has read that file and is writing its new version), the text in
 * KVS_FAULT_EDIT_TEXT is appended to KVS_FAULT_EDIT_FILE, once.
 */
import fs from 'node:fs';
import { dirname, resolve } from 'node:path';
import { syncBuiltinESMExports } from 'node:module';

const file = resolve(process.env.KVS_FAULT_EDIT_FILE ?? '');
const text = process.env.KVS_FAULT_EDIT_TEXT ?? '\nRettet i editoren.\n';
const openSync = fs.openSync;
let done = false;

fs.openSync = function (path, ...rest) {
  const name = String(path);
  if (!done && name.includes('.kvs-tmp-') && dirname(resolve(name)) === dirname(file)) {
    done = true;
    fs.appendFileSync(file, text);
  }
  return openSync(path, ...rest);
};

syncBuiltinESMExports();
